using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Reports.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Reports;

internal sealed class ServicesByMonth : IReport
{
    public string Key => "assistance-services-by-month";

    public ReportText Title { get; } = new("Services delivered by month, by ASTRA or a partner", "Pružene usluge po mesecu, od strane ASTRA ili partnera");

    public async Task<CrossTab> CountAsync(WorkflowsDbContext db, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var counts = await CurrentServices.In(db, period)
            .GroupBy(s => new { s.DeliveredOn.Year, s.DeliveredOn.Month, Provider = s.PartnerId == null ? AssistanceLabels.Astra : AssistanceLabels.Partner })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Provider, N = g.Count() })
            .ToListAsync(cancellationToken);
        return CrossTab.From(ReportMonths.Of(period), AssistanceLabels.Providers, counts.Select(c => (ReportMonths.Key(c.Year, c.Month), c.Provider, c.N)));
    }
}
