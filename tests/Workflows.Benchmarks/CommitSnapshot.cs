namespace Astra.Workflows.Benchmarks;

/// <param name="XactCommits"><c>pg_stat_database.xact_commit</c> of the benchmark database: every committed transaction, read-only ones included.</param>
/// <param name="NextXid">Next transaction id of the cluster: only transactions that wrote something take one.</param>
/// <param name="WalSyncs"><c>pg_stat_wal.wal_sync</c>: WAL fsyncs of the cluster (one can cover many commits).</param>
internal sealed record CommitSnapshot(long XactCommits, long NextXid, long WalSyncs)
{
    public static CommitSnapshot operator -(CommitSnapshot after, CommitSnapshot before)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(before);
        return new(after.XactCommits - before.XactCommits, after.NextXid - before.NextXid, after.WalSyncs - before.WalSyncs);
    }

    public CommitSnapshot Subtract(CommitSnapshot other) => this - other;
}
