using Astra.Workflows.Modules.Platform.Scheduling;
using Hangfire.Common;

namespace Astra.Workflows.Modules.Legal.Alerts;

/// <summary>Hearing alerts and deadline escalations as due rows (ADR 0011): the job's arguments are the row id and the claim's token.</summary>
public sealed class LegalAlertDueRows() : DueRowTableSource<Guid>(Table)
{
    public static readonly DueRowTable Table = new("legal_alert_timers", "id", "fire_at");

    protected override Job FireJob(Guid key, DateTimeOffset claim) => Job.FromExpression<LegalAlertJob>(job => job.FireAsync(key, claim, CancellationToken.None));
}
