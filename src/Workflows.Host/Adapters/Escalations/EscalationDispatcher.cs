using Astra.Workflows.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Astra.Workflows.Host.Adapters.Timers;

namespace Astra.Workflows.Host.Adapters.Escalations;

/// <summary>
/// Hands due escalation rows to Hangfire, exactly like <see cref="TimerDispatcher"/> does for bookmark timers: rows are
/// claimed with SKIP LOCKED, a claim that never fired is dispatched again after a grace period, and the job argument is the row id only.
/// </summary>
internal sealed class EscalationDispatcher(
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
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE astra.task_escalation_timers SET dispatched_at = {now}, job_id = NULL
            WHERE id IN (
                SELECT id FROM astra.task_escalation_timers
                WHERE fire_at <= {now} AND (dispatched_at IS NULL OR dispatched_at < {stale})
                ORDER BY fire_at
                LIMIT {settings.BatchSize}
                FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);

        foreach (var id in claimed)
        {
            var jobId = jobs.Enqueue<EscalationJob>(job => job.FireAsync(id, CancellationToken.None));
            await db.TaskEscalationTimers.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.JobId, jobId), cancellationToken);
        }

        return claimed.Count;
    }
}
