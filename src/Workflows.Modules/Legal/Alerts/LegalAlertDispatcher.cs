using Astra.Workflows.Modules.Definitions.Timers;
using Astra.Workflows.Modules.Platform.Database;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Legal.Alerts;

/// <summary>Hands due legal alert rows to Hangfire through the shared claim (<see cref="DueRows"/>); the row id is the only job argument.</summary>
public sealed class LegalAlertDispatcher(
    IDbContextFactory<WorkflowsDbContext> contexts,
    IBackgroundJobClient jobs,
    TimeProvider time,
    IOptions<TimerOptions> options)
{
    private static readonly DueRowTable Table = new("legal_alert_timers", "id", "fire_at");

    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var stale = now - settings.RedispatchAfter;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await DueRows.ClaimAsync<Guid>(db, Table, now, stale, settings.BatchSize, cancellationToken);

        foreach (var id in claimed)
        {
            var jobId = jobs.Enqueue<LegalAlertJob>(job => job.FireAsync(id, CancellationToken.None));
            await db.LegalAlertTimers.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.JobId, jobId), cancellationToken);
        }

        return claimed.Count;
    }
}
