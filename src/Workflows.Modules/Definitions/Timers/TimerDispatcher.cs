using Astra.Workflows.Modules.Platform.Database;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Definitions.Timers;

/// <summary>
/// Hands due timer rows to Hangfire. Rows are claimed with SKIP LOCKED, so nodes share the work without
/// dispatching a timer twice at once; a claim that never fired is dispatched again after a grace period
/// (the sweep for jobs lost in a crash). Job arguments carry the bookmark id only.
/// </summary>
internal sealed class TimerDispatcher(
    IDbContextFactory<WorkflowsDbContext> contexts,
    IBackgroundJobClient jobs,
    TimeProvider time,
    IOptions<TimerOptions> options)
{
    private static readonly DueRowTable Table = new("timers", "bookmark_id", "due_at");

    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var stale = now - settings.RedispatchAfter;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await DueRows.ClaimAsync<string>(db, Table, now, stale, settings.BatchSize, cancellationToken);

        foreach (var bookmarkId in claimed)
        {
            var jobId = jobs.Enqueue<TimerJob>(job => job.FireAsync(bookmarkId, CancellationToken.None));
            await db.Timers.Where(t => t.BookmarkId == bookmarkId).ExecuteUpdateAsync(s => s.SetProperty(t => t.JobId, jobId), cancellationToken);
        }

        return claimed.Count;
    }
}
