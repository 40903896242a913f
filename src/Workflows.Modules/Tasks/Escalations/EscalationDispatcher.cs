using Astra.Workflows.Modules.Definitions.Timers;
using Astra.Workflows.Modules.Platform.Database;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Tasks.Escalations;

/// <summary>
/// Hands due escalation rows to Hangfire, through the same claim as <see cref="TimerDispatcher"/> (<see cref="DueRows"/>);
/// the job argument is the row id only.
/// </summary>
internal sealed class EscalationDispatcher(
    IDbContextFactory<WorkflowsDbContext> contexts,
    IBackgroundJobClient jobs,
    TimeProvider time,
    IOptions<TimerOptions> options)
{
    private static readonly DueRowTable Table = new("task_escalation_timers", "id", "fire_at");

    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var stale = now - settings.RedispatchAfter;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await DueRows.ClaimAsync<Guid>(db, Table, now, stale, settings.BatchSize, cancellationToken);

        foreach (var id in claimed)
        {
            var jobId = jobs.Enqueue<EscalationJob>(job => job.FireAsync(id, CancellationToken.None));
            await db.TaskEscalationTimers.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.JobId, jobId), cancellationToken);
        }

        return claimed.Count;
    }
}
