using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Hangfire;
using Hangfire.Common;

namespace Astra.Workflows.Modules.Platform.Scheduling;

/// <summary>A source over a <see cref="DueRowTable"/>: one job per row on the default queue, the row's key and the claim's token its arguments.</summary>
public abstract class DueRowTableSource<TKey>(DueRowTable table) : IDueRowSource
    where TKey : notnull
{
    /// <summary>The job that fires the row with this key for the claim made at <paramref name="claim"/> (its token, see <see cref="DueRows.AdoptAsync"/>).</summary>
    protected abstract Job FireJob(TKey key, DateTimeOffset claim);

    public async Task<DueBatch> ClaimAsync(WorkflowsDbContext db, DueClaim claim, CancellationToken cancellationToken)
    {
        var keys = await DueRows.ClaimAsync<TKey>(db, table, claim, cancellationToken);
        return new KeyedBatch(keys, [.. keys.Select(k => new DueJob(FireJob(k, claim.Now), HangfireQueues.Default))]);
    }

    public Task RecordJobsAsync(WorkflowsDbContext db, DueBatch batch, IReadOnlyList<string> jobIds, CancellationToken cancellationToken) =>
        DueRows.RecordJobsAsync(db, table, ((KeyedBatch)batch).Keys, jobIds, cancellationToken);

    private sealed record KeyedBatch(List<TKey> Keys, IReadOnlyList<DueJob> Jobs) : DueBatch(Keys.Count, Jobs);
}
