namespace Astra.Workflows.Benchmarks;

/// <summary>The raw baseline and the engine at the same concurrency.</summary>
internal sealed record ConcurrencyResult(int Concurrency, PhaseResult Raw, PhaseResult Bursts, StageTimings.Snapshot? Stages = null)
{
    public double BurstsPerRawCommit => Bursts.Load.PerSecond / Raw.Load.PerSecond;
}
