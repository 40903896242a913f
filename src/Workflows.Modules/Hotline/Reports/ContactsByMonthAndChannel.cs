using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Reports.Contracts;

namespace Astra.Workflows.Modules.Hotline.Reports;

internal sealed class ContactsByMonthAndChannel : IReport
{
    public string Key => "hotline-contacts-by-month";

    public ReportText Title { get; } = new("Hotline contacts by month and channel", "Kontakti SOS telefona po mesecu i kanalu");

    public async Task<CrossTab> CountAsync(WorkflowsDbContext db, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var tallies = await ContactTallies.ByMonthAndChannelAsync(db, period, cancellationToken);
        return CrossTab.From(ReportMonths.Of(period), HotlineLabels.Channels, tallies.AsCounts());
    }
}
