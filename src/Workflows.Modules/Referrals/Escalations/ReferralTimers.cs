using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Escalations;

/// <summary>
/// The respond-within plan, like a task's escalation default: at 80 % of the window the case manager is reminded to
/// call the partner; at the deadline the referral expires, the coordinators are notified and a waiting workflow
/// continues on <c>Expired</c>. An answer deletes the rows.
/// </summary>
public static class ReferralTimers
{
    public static void Arm(WorkflowsDbContext db, ReferralEntity referral)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(referral);
        if (referral.RespondBy is not { } due)
        {
            return;
        }

        Add(db, referral, ReferralTimerKinds.Remind, RemindAt(referral.CreatedAt, due)!.Value);
        Add(db, referral, ReferralTimerKinds.Expire, due);
    }

    /// <summary>When the case manager is reminded to call the partner: at 80 % of the respond-within window.</summary>
    public static DateTimeOffset? RemindAt(DateTimeOffset sentAt, DateTimeOffset? respondBy) =>
        respondBy is { } due ? sentAt + ((due - sentAt) * 0.8) : null;

    /// <summary>Fires at once: tells the waiting workflow that nothing was sent (no consent, no partner).</summary>
    public static void ArmNotSent(WorkflowsDbContext db, ReferralEntity referral)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(referral);
        Add(db, referral, ReferralTimerKinds.NotSent, referral.CreatedAt);
    }

    public static Task DisarmAsync(WorkflowsDbContext db, Guid referralId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ReferralTimers.Where(t => t.ReferralId == referralId).ExecuteDeleteAsync(cancellationToken);
    }

    private static void Add(WorkflowsDbContext db, ReferralEntity referral, string kind, DateTimeOffset fireAt) =>
        db.ReferralTimers.Add(new ReferralTimerEntity
        {
            Id = Guid.CreateVersion7(referral.CreatedAt),
            ReferralId = referral.Id,
            Kind = kind,
            FireAt = fireAt,
            CreatedAt = referral.CreatedAt,
        });
}
