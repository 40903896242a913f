namespace Astra.Workflows.Benchmarks;

/// <summary>
/// What one workload did at one concurrency: operations, wall time and per-operation latencies, the instances it
/// finished, and what the benchmark process spent on it (CPU time of all its threads, bytes allocated).
/// </summary>
internal sealed record LoadResult(
    int Concurrency, long Operations, TimeSpan Elapsed, LatencySummary Latency, long Completed = 0, TimeSpan ProcessCpu = default, long AllocatedBytes = 0)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;

    public double CompletedPerSecond => Completed / Elapsed.TotalSeconds;

    /// <summary>Client-side CPU per operation in microseconds (PostgreSQL's own CPU is not in it).</summary>
    public double CpuMicrosecondsPerOperation => ProcessCpu.TotalMicroseconds / Operations;

    public double AllocatedBytesPerOperation => (double)AllocatedBytes / Operations;
}
