using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Bursts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Referrals.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Activities;

/// <summary>
/// Audits each referral a workflow sent, in the burst's transaction after its rows are saved (the audit chain is
/// appended last): outcome allowed (consent), override (with its reason) or denied (not sent, the purpose named).
/// </summary>
internal sealed class ReferralSendAudit(AuditKey auditKey) : IBurstTransactionStep
{
    public bool AppliesTo(BurstResult burst) => burst?.SideEffects.Any(e => e is ReferralRequested) == true;

    public async Task<bool> ApplyAsync(WorkflowsDbContext db, BurstResult burst, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(burst);
        foreach (var requested in burst.SideEffects.OfType<ReferralRequested>())
        {
            var referral = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requested.ReferralId, cancellationToken);
            if (referral is null)
            {
                continue;
            }

            var (outcome, reason) = referral.SharingBasis switch
            {
                "consent" => ("allowed", (string?)null),
                "override" => ("override", referral.OverrideReason),
                _ when referral.PartnerId is null => ("failed", "no active partner"),
                _ => ("denied", $"no consent: {referral.ConsentPurpose}"),
            };
            await AuditTrail.AppendAsync(db, auditKey, new AuditRecord(
                null, ReferralAudit.Send, "referral", referral.Id.ToString("D"), referral.CaseId, referral.CaseCode, outcome, null, reason), now, cancellationToken);
        }

        return true;
    }
}
