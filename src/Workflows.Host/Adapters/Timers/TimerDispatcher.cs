using Astra.Workflows.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Host.Adapters.Timers;

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
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var stale = now - settings.RedispatchAfter;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await db.Database.SqlQuery<string>($"""
            UPDATE astra.timers SET dispatched_at = {now}, job_id = NULL
            WHERE bookmark_id IN (
                SELECT bookmark_id FROM astra.timers
                WHERE due_at <= {now} AND (dispatched_at IS NULL OR dispatched_at < {stale})
                ORDER BY due_at
                LIMIT {settings.BatchSize}
                FOR UPDATE SKIP LOCKED)
            RETURNING bookmark_id AS "Value"
            """).ToListAsync(cancellationToken);

        foreach (var bookmarkId in claimed)
        {
            var jobId = jobs.Enqueue<TimerJob>(job => job.FireAsync(bookmarkId, CancellationToken.None));
            await db.Timers.Where(t => t.BookmarkId == bookmarkId).ExecuteUpdateAsync(s => s.SetProperty(t => t.JobId, jobId), cancellationToken);
        }

        return claimed.Count;
    }
}
