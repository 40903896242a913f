using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Bursts;
using Astra.Workflows.Modules.Referrals.Escalations;
using Astra.Workflows.Modules.Referrals.Referrals;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Activities;

/// <summary>
/// Writes a workflow's referral in the burst's transaction: picks the partner, checks consent for that kind of partner,
/// and sends (e-mail, link, timers). Without consent (and without an override), or with no active partner, it records
/// the referral as not sent and arms an immediate timer that resumes the activity on <c>NotSent</c>, so the definition
/// decides what a person does instead. <see cref="ReferralSendAudit"/> audits it, an override with its reason.
/// </summary>
public sealed class ReferralRequestedHandler(ReferralSender sender) : SideEffectHandler<ReferralRequested>
{
    protected override async ValueTask<BurstVeto?> WriteAsync(BurstWrite write, ReferralRequested request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(request);
        var db = write.Db;
        var partner = await FindPartnerAsync(db, request, cancellationToken);
        var purpose = partner is null ? null : SharingConsent.PurposeFor(partner.Kind);
        var consent = purpose is not null && await SharingConsent.IsGivenAsync(db, request.CaseId, purpose, cancellationToken);
        var basis = consent ? "consent" : request.OverrideReason is not null ? "override" : "none";
        var sending = partner is not null && basis != "none";
        var referral = new ReferralEntity
        {
            Id = request.ReferralId,
            CaseId = request.CaseId,
            CaseCode = request.CaseCode,
            Direction = ReferralDirections.Outgoing,
            PartnerId = partner?.Id,
            Services = [.. request.Services],
            Reason = request.Reason.Length > 2000 ? request.Reason[..2000] : request.Reason,
            Urgency = request.Urgency,
            InterpreterLanguage = request.InterpreterLanguage,
            ContactUserId = request.ContactUserId,
            Status = sending ? ReferralStatuses.Sent : ReferralStatuses.NotSent,
            NotSentReason = sending ? null : partner is null ? "noPartner" : "noConsent",
            CreatedAt = request.CreatedAt,
            RespondBy = request.RespondBy,
            SharingBasis = basis,
            ConsentPurpose = purpose,
            OverrideReason = basis == "override" ? request.OverrideReason : null,
            InstanceId = request.InstanceId,
            ActivityId = request.ActivityId,
        };
        db.Referrals.Add(referral);
        if (sending)
        {
            await sender.SendAsync(db, referral, partner!, cancellationToken);
        }
        else
        {
            ReferralTimers.ArmNotSent(db, referral);
        }

        return null;
    }

    private static async Task<PartnerEntity?> FindPartnerAsync(Platform.Database.WorkflowsDbContext db, ReferralRequested request, CancellationToken cancellationToken)
    {
        if (request.PartnerId is { } id)
        {
            return await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.Active, cancellationToken);
        }

        var candidates = await db.Partners.AsNoTracking().Where(p => p.Kind == request.PartnerKind && p.Active).ToListAsync(cancellationToken);
        var services = request.Services;
        return candidates
            .OrderByDescending(p => request.City is not null && string.Equals(p.City, request.City, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(p => services.All(s => p.Services.Contains(s)))
            .ThenByDescending(p => p.AnswersOnline)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
