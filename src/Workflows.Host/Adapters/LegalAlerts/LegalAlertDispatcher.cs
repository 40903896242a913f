using Astra.Workflows.Host.Adapters.Timers;
using Astra.Workflows.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Host.Adapters.LegalAlerts;

/// <summary>Hands due legal alert rows to Hangfire exactly like the task escalation dispatcher: SKIP LOCKED claims, stale claims redispatched, row id as the only argument.</summary>
public sealed class LegalAlertDispatcher(
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
            UPDATE astra.legal_alert_timers SET dispatched_at = {now}, job_id = NULL
            WHERE id IN (
                SELECT id FROM astra.legal_alert_timers
                WHERE fire_at <= {now} AND (dispatched_at IS NULL OR dispatched_at < {stale})
                ORDER BY fire_at
                LIMIT {settings.BatchSize}
                FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);

        foreach (var id in claimed)
        {
            var jobId = jobs.Enqueue<LegalAlertJob>(job => job.FireAsync(id, CancellationToken.None));
            await db.LegalAlertTimers.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.JobId, jobId), cancellationToken);
        }

        return claimed.Count;
    }
}
