using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Reports.Contracts;

namespace Astra.Workflows.Modules.Hotline.Reports;

internal sealed class ContactsByCallerType : IReport
{
    public string Key => "hotline-contacts-by-caller-type";

    public ReportText Title { get; } = new("Hotline contacts by caller type", "Kontakti SOS telefona po vrsti pozivaoca");

    public async Task<CrossTab> CountAsync(WorkflowsDbContext db, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tallies = await ContactTallies.ByCallerTypeAsync(db, period, cancellationToken);
        return CrossTab.From(HotlineLabels.CallerTypes, HotlineLabels.OneColumn, tallies.AsCounts());
    }
}
