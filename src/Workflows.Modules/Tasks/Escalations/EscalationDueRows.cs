using Astra.Workflows.Modules.Platform.Scheduling;
using Hangfire.Common;

namespace Astra.Workflows.Modules.Tasks.Escalations;

/// <summary>Task escalations as due rows (ADR 0009): the job's only argument is the row id.</summary>
internal sealed class EscalationDueRows() : DueRowTableSource<Guid>(Table)
{
    public static readonly DueRowTable Table = new("task_escalation_timers", "id", "fire_at");

    protected override Job FireJob(Guid key) => Job.FromExpression<EscalationJob>(job => job.FireAsync(key, CancellationToken.None));
}
