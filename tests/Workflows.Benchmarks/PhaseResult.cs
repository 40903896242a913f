namespace Astra.Workflows.Benchmarks;

/// <summary>One measured workload at one concurrency, with the commit counters it moved.</summary>
internal sealed record PhaseResult(LoadResult Load, CommitSnapshot Counted)
{
    public double XactCommitsPerOperation => (double)Counted.XactCommits / Load.Operations;

    public double WriteTransactionsPerOperation => (double)Counted.NextXid / Load.Operations;

    public double WalSyncsPerOperation => (double)Counted.WalSyncs / Load.Operations;
}
