using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Reports.Contracts;

namespace Astra.Workflows.Modules.Hotline.Reports;

/// <summary>A contact may have several topics: it counts under each, so the total counts topics, not contacts.</summary>
internal sealed class ContactsByTopic : IReport
{
    public string Key => "hotline-contacts-by-topic";

    public ReportText Title { get; } = new("Hotline contacts by topic", "Kontakti SOS telefona po temi");

    public ReportText? Description { get; } = new(
        "A contact with several topics counts once under each of them, so the total is the number of topics raised, not of contacts.",
        "Kontakt sa više tema računa se jednom pod svakom od njih, pa je zbir broj pokrenutih tema, a ne broj kontakata.");

    public async Task<CrossTab> CountAsync(WorkflowsDbContext db, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tallies = await ContactTallies.ByTopicAsync(db, period, cancellationToken);
        return CrossTab.From(HotlineLabels.Topics, HotlineLabels.OneColumn, tallies.AsCounts());
    }
}
