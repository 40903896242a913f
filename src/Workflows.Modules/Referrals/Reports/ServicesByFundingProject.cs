using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Reports.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Reports;

/// <summary>Rows are the funding projects (their names read the same in every language), then services booked to none.</summary>
internal sealed class ServicesByFundingProject : IReport
{
    public string Key => "assistance-services-by-funding";

    public ReportText Title { get; } = new("Services delivered by funding project", "Pružene usluge po projektu finansiranja");

    public async Task<CrossTab> CountAsync(WorkflowsDbContext db, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        var projects = await db.FundingProjects.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Key, p.Name }).ToListAsync(cancellationToken);
        var counts = await CurrentServices.In(db, period)
            .GroupBy(s => new { Project = s.FundingProjectKey ?? AssistanceLabels.None, Provider = s.PartnerId == null ? AssistanceLabels.Astra : AssistanceLabels.Partner })
            .Select(g => new { g.Key.Project, g.Key.Provider, N = g.Count() })
            .ToListAsync(cancellationToken);
        var rows = projects.Select(p => (p.Key, ReportText.Same(p.Name))).Append((AssistanceLabels.None, AssistanceLabels.NoFundingProject)).ToList();
        return CrossTab.From(rows, AssistanceLabels.Providers, counts.Select(c => (c.Project, c.Provider, c.N)));
    }
}
