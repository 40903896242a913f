using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Hangfire;
using Hangfire.Common;

namespace Astra.Workflows.Modules.Platform.Scheduling;

/// <summary>
/// A source over a <see cref="DueRowTable"/>: jobs on the default queue whose arguments are row keys and the claim's token.
/// One row per job by default; a source whose rows are many and cheap (timers) fires <see cref="RowsPerJob"/> rows per
/// job, because Hangfire's own bookkeeping per job (create, enqueue, fetch, two state changes) costs about as much as
/// firing a timer (ADR 0031).
/// </summary>
public abstract class DueRowTableSource<TKey>(DueRowTable table) : IDueRowSource, IDueRowTableSource
    where TKey : notnull
{
    public DueRowTable Rows => table;

    /// <summary>How many claimed rows one job fires.</summary>
    protected virtual int RowsPerJob => 1;

    /// <summary>The job that fires the row with this key for the claim made at <paramref name="claim"/> (its token, see <see cref="DueRows.AdoptAsync"/>).</summary>
    protected abstract Job FireJob(TKey key, DateTimeOffset claim);

    /// <summary>The job that fires several rows of one claim, for sources with <see cref="RowsPerJob"/> above one.</summary>
    protected virtual Job FireJobs(TKey[] keys, DateTimeOffset claim) => throw new NotSupportedException("This source fires one row per job.");

    public async Task<DueBatch> ClaimAsync(WorkflowsDbContext db, DueClaim claim, CancellationToken cancellationToken)
    {
        var keys = await DueRows.ClaimAsync<TKey>(db, table, claim, cancellationToken);
        var chunks = keys.Chunk(Math.Max(1, RowsPerJob)).ToList();
        var jobs = chunks.Select(c => new DueJob(c.Length == 1 ? FireJob(c[0], claim.Now) : FireJobs(c, claim.Now), HangfireQueues.Default)).ToList();
        return new KeyedBatch(keys, chunks, jobs);
    }

    public Task RecordJobsAsync(WorkflowsDbContext db, DueBatch batch, IReadOnlyList<string> jobIds, CancellationToken cancellationToken)
    {
        var keyed = (KeyedBatch)batch;
        var perRow = keyed.Chunks.SelectMany((chunk, i) => chunk.Select(_ => jobIds[i])).ToList();
        return DueRows.RecordJobsAsync(db, table, keyed.Keys, perRow, cancellationToken);
    }

    private sealed record KeyedBatch(List<TKey> Keys, List<TKey[]> Chunks, IReadOnlyList<DueJob> Jobs) : DueBatch(Keys.Count, Jobs);
}
