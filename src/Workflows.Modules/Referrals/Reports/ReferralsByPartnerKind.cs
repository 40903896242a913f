using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Referrals.Storage;
using Astra.Workflows.Modules.Reports.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Reports;

/// <summary>Outgoing referrals made in the period, by the kind of partner and where each stands now.</summary>
internal sealed class ReferralsByPartnerKind : IReport
{
    public string Key => "assistance-referrals-by-partner-kind";

    public ReportText Title { get; } = new("Referrals to partners by partner kind and outcome", "Upućivanja partnerima po vrsti partnera i ishodu");

    public ReportText? Description { get; } = new(
        "Referrals ASTRA made in the period, each in the column of where it stands now.",
        "Upućivanja koja je ASTRA uputila u periodu, svako u koloni svog trenutnog stanja.");

    public async Task<CrossTab> CountAsync(WorkflowsDbContext db, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        var counts = await (
                from r in db.Referrals.AsNoTracking()
                where r.Direction == ReferralDirections.Outgoing && r.CreatedAt >= period.Start && r.CreatedAt < period.End
                join p in db.Partners.AsNoTracking() on r.PartnerId equals p.Id into partners
                from p in partners.DefaultIfEmpty()
                // Completing always sets the outcome; the fallback only keeps every referral in some column.
                group r by new { Kind = p == null ? AssistanceLabels.None : p.Kind, State = r.Status == ReferralStatuses.Completed ? r.Outcome ?? "served" : r.Status } into g
                select new { g.Key.Kind, g.Key.State, N = g.Count() })
            .ToListAsync(cancellationToken);
        return CrossTab.From(AssistanceLabels.PartnerKinds, AssistanceLabels.ReferralStates, counts.Select(c => (c.Kind, c.State, c.N)));
    }
}
