namespace Astra.Workflows.Benchmarks;

/// <summary>What one workload did at one concurrency: operations, wall time and per-operation latencies.</summary>
internal sealed record LoadResult(int Concurrency, long Operations, TimeSpan Elapsed, LatencySummary Latency)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;
}
