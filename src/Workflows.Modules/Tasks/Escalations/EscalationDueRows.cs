using Astra.Workflows.Modules.Platform.Scheduling;
using Hangfire.Common;

namespace Astra.Workflows.Modules.Tasks.Escalations;

/// <summary>Task escalations as due rows (ADR 0009): the job's arguments are the row id and the claim's token.</summary>
internal sealed class EscalationDueRows() : DueRowTableSource<Guid>(Table)
{
    public static readonly DueRowTable Table = new("task_escalation_timers", "id", "fire_at");

    protected override Job FireJob(Guid key, DateTimeOffset claim) => Job.FromExpression<EscalationJob>(job => job.FireAsync(key, claim, CancellationToken.None));
}
