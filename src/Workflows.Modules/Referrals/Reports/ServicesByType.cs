using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Reports.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Reports;

/// <summary>Rows are the catalogue's services (its own labels), deactivated ones included: they were delivered once.</summary>
internal sealed class ServicesByType : IReport
{
    public string Key => "assistance-services-by-type";

    public ReportText Title { get; } = new("Services delivered by type, by ASTRA or a partner", "Pružene usluge po vrsti, od strane ASTRA ili partnera");

    public async Task<CrossTab> CountAsync(WorkflowsDbContext db, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        var types = await db.ServiceTypes.AsNoTracking().OrderBy(t => t.Key).Select(t => new { t.Key, t.LabelEn, t.LabelSrLatn, t.LabelSrCyrl }).ToListAsync(cancellationToken);
        var counts = await CurrentServices.In(db, period)
            .GroupBy(s => new { s.ServiceKey, Provider = s.PartnerId == null ? AssistanceLabels.Astra : AssistanceLabels.Partner })
            .Select(g => new { g.Key.ServiceKey, g.Key.Provider, N = g.Count() })
            .ToListAsync(cancellationToken);
        return CrossTab.From(
            types.Select(t => (t.Key, new ReportText(t.LabelEn, t.LabelSrLatn, t.LabelSrCyrl))).ToList(),
            AssistanceLabels.Providers,
            counts.Select(c => (c.ServiceKey, c.Provider, c.N)));
    }
}
