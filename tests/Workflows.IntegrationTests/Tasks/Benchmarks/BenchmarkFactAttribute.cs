namespace Astra.Workflows.IntegrationTests.Tasks.Benchmarks;

/// <summary>A measurement, not a test: runs only with <c>ASTRA_BENCH=1</c>, since it seeds a million rows.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("ASTRA_BENCH") != "1")
        {
            Skip = "Benchmark: set ASTRA_BENCH=1 to run.";
        }
    }
}
