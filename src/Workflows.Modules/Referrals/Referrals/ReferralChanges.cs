using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Referrals.Activities;
using Astra.Workflows.Modules.Referrals.Escalations;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Referrals;

/// <summary>
/// The status path, one place for the API and the partner's link: <c>sent → accepted | declined | expired | withdrawn
/// → completed</c>, incoming <c>received → completed</c>. Callers lock the row (FOR UPDATE) in their transaction, save
/// and, after commit, resume the workflow with the outcome returned.
/// </summary>
internal static class ReferralChanges
{
    public static Task<ReferralEntity?> LockAsync(WorkflowsDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Referrals.FromSql($"SELECT * FROM astra.referrals WHERE id = {id} FOR UPDATE").FirstOrDefaultAsync(cancellationToken);

    /// <summary>For the partner's link, which has no viewer: the token, not a team, is the permission.</summary>
    public static Task<ReferralEntity?> LockByTokenAsync(WorkflowsDbContext db, string tokenHash, CancellationToken cancellationToken) =>
        db.Referrals.FromSql($"SELECT * FROM astra.referrals WHERE token_hash = {tokenHash} FOR UPDATE").IgnoreQueryFilters().FirstOrDefaultAsync(cancellationToken);

    public static bool CanAnswer(ReferralEntity referral) => referral.Status == ReferralStatuses.Sent;

    public static bool CanComplete(ReferralEntity referral) =>
        referral.Status is ReferralStatuses.Accepted or ReferralStatuses.Sent or ReferralStatuses.Received;

    /// <summary>Records the partner's answer; returns the outcome the waiting activity continues on.</summary>
    public static async Task<string> AnswerAsync(
        WorkflowsDbContext db, ReferralEntity referral, bool accepted, DateTimeOffset? appointmentAt, string? declineReason, string? note, string via,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        referral.Status = accepted ? ReferralStatuses.Accepted : ReferralStatuses.Declined;
        referral.AnsweredAt = now;
        referral.AnsweredVia = via;
        referral.AppointmentAt = accepted ? appointmentAt : null;
        referral.DeclineReason = accepted ? null : declineReason;
        referral.AnswerNote = note;
        referral.Revision++;
        await ReferralTimers.DisarmAsync(db, referral.Id, cancellationToken);
        return accepted ? ReferralSendActivity.Accepted : ReferralSendActivity.Declined;
    }

    /// <summary>Completes the referral; served records each referred service as delivered on the case (by the partner).</summary>
    public static async Task CompleteAsync(
        WorkflowsDbContext db, ReferralEntity referral, string outcome, DateOnly? servedOn, Guid? recordedBy, DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        var wasSent = referral.Status == ReferralStatuses.Sent;
        referral.Status = ReferralStatuses.Completed;
        referral.Outcome = outcome;
        referral.CompletedAt = now;
        referral.ServedOn = outcome == "served" ? servedOn ?? today : null;
        referral.Revision++;
        if (wasSent)
        {
            await ReferralTimers.DisarmAsync(db, referral.Id, cancellationToken);
        }

        if (outcome != "served")
        {
            return;
        }

        foreach (var service in referral.Services)
        {
            db.ServicesDelivered.Add(new ServiceDeliveredEntity
            {
                Id = Guid.CreateVersion7(now),
                CaseId = referral.CaseId,
                ServiceKey = service,
                DeliveredOn = referral.ServedOn!.Value,
                // Outgoing: the partner provided it; incoming: ASTRA did, on the partner's referral.
                PartnerId = referral.Direction == ReferralDirections.Outgoing ? referral.PartnerId : null,
                ReferralId = referral.Id,
                RecordedBy = recordedBy,
                RecordedAt = now,
            });
        }
    }
}
