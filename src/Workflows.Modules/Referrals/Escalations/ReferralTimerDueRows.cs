using Astra.Workflows.Modules.Platform.Scheduling;
using Hangfire.Common;

namespace Astra.Workflows.Modules.Referrals.Escalations;

/// <summary>Respond-within reminders and expiries as due rows: the job's arguments are the row id and the claim's token.</summary>
public sealed class ReferralTimerDueRows() : DueRowTableSource<Guid>(Table)
{
    public static readonly DueRowTable Table = new("referral_timers", "id", "fire_at");

    protected override Job FireJob(Guid key, DateTimeOffset claim) => Job.FromExpression<ReferralTimerJob>(job => job.FireAsync(key, claim, CancellationToken.None));
}

/// <summary>Dispatches referral timers now rather than on the scheduler's next tick (tests, tools).</summary>
public sealed class ReferralTimerDispatcher(DueRowScheduler scheduler, ReferralTimerDueRows source)
    : ModuleDispatcher<ReferralTimerDueRows>(scheduler, source);
