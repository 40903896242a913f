using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Reports.Contracts;

namespace Astra.Workflows.Modules.Hotline.Reports;

/// <summary>Every contact of the month in exactly one column, so the row total is the month's contacts.</summary>
internal sealed class ContactsThatBecameCases : IReport
{
    private static readonly IReadOnlyList<(string Key, ReportText Label)> Columns =
    [
        (ContactTallies.CaseOpened, new("A case was opened from it", "Iz njega je otvoren slučaj")),
        (ContactTallies.Linked, new("Linked to the caller's case", "Povezan sa slučajem pozivaoca")),
        (ContactTallies.NoCase, new("No case", "Bez slučaja")),
    ];

    public string Key => "hotline-contacts-to-cases";

    public ReportText Title { get; } = new("Hotline contacts that became cases, by month", "Kontakti SOS telefona koji su postali slučajevi, po mesecu");

    public ReportText? Description { get; } = new(
        "Counted in the month of the contact. \"Linked\" contacts did not open a case themselves: an earlier or later contact of the same caller did.",
        "Računa se u mesecu kontakta. \"Povezani\" kontakti nisu sami otvorili slučaj, već raniji ili kasniji kontakt istog pozivaoca.");

    public async Task<CrossTab> CountAsync(WorkflowsDbContext db, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var tallies = await ContactTallies.CasesByMonthAsync(db, period, cancellationToken);
        return CrossTab.From(ReportMonths.Of(period), Columns, tallies.AsCounts());
    }
}
