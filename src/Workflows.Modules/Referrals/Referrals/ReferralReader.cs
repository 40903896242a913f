using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Referrals;

internal static class ReferralReader
{
    public static async Task<List<ReferralResponse>> ResponsesAsync(WorkflowsDbContext db, IReadOnlyList<ReferralEntity> referrals, CancellationToken cancellationToken)
    {
        var ids = referrals.Where(r => r.PartnerId is not null).Select(r => r.PartnerId!.Value).Distinct().ToList();
        var partners = await db.Partners.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. referrals.Select(r => Response(r, r.PartnerId is { } id ? partners[id] : null))];
    }

    public static async Task<ReferralResponse> ResponseAsync(WorkflowsDbContext db, ReferralEntity referral, CancellationToken cancellationToken) =>
        (await ResponsesAsync(db, [referral], cancellationToken))[0];

    public static ReferralResponse Response(ReferralEntity r, PartnerEntity? p) => new(
        r.Id, r.CaseId, r.CaseCode, r.Direction, r.PartnerId, p?.Name, p?.Kind, r.Services, r.Reason, r.Urgency, r.InterpreterLanguage,
        r.ContactUserId, r.Status, r.CreatedAt, r.RespondBy, r.SharingBasis, r.ConsentPurpose, r.AnsweredAt, r.AnsweredVia,
        r.AppointmentAt, r.DeclineReason, r.AnswerNote, r.CompletedAt, r.Outcome, r.ServedOn, r.ReceivedOn,
        r.TokenHash is not null && !r.TokenRevoked, r.InstanceId, r.NotSentReason);
}
