using Astra.Workflows.Modules.Notifications.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Links;
using Astra.Workflows.Modules.Referrals.Escalations;
using Astra.Workflows.Modules.Referrals.Storage;

namespace Astra.Workflows.Modules.Referrals.Referrals;

/// <summary>
/// Sends an outgoing referral in the caller's unit of work: the answer link (token hashed, expiring 14 days after the
/// respond-by time), the respond-within timers and, for a partner that answers online, the e-mail through the outbox.
/// The caller has checked consent and adds the referral row; nothing here saves.
/// </summary>
public sealed class ReferralSender(IOutboxMail mail, PublicUrl publicUrl)
{
    public static readonly TimeSpan LinkLifetimeAfterDeadline = TimeSpan.FromDays(14);

    public async Task SendAsync(WorkflowsDbContext db, ReferralEntity referral, PartnerEntity partner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(partner);
        ReferralTimers.Arm(db, referral);
        if (!partner.AnswersOnline || string.IsNullOrWhiteSpace(partner.Email))
        {
            // The case manager phones this partner and records the answer; no link exists to leak.
            return;
        }

        var (token, hash) = ReferralTokens.New();
        referral.TokenHash = hash;
        referral.TokenExpiresAt = (referral.RespondBy ?? referral.CreatedAt) + LinkLifetimeAfterDeadline;
        var data = await MinimumData.ForAsync(db, referral, partner, cancellationToken);
        mail.Add(db, ReferralMail.Render(partner.Email, data, publicUrl.Link($"r/{token}")));
    }
}
