using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Reports.Contracts;

namespace Astra.Workflows.Modules.Hotline.Reports;

/// <summary>
/// The share of job-offer checks (ASTRA's "a third of calls"): the counts, from which the share is the first column
/// over the row total. A share is not a count, so it is not a cell: a cell the engine suppresses could be derived
/// from it.
/// </summary>
internal sealed class JobOfferChecks : IReport
{
    private static readonly IReadOnlyList<(string Key, ReportText Label)> Columns =
    [
        (ContactTallies.JobOfferCheckColumn, new("Job-offer checks", "Provere ponuda za posao")),
        (ContactTallies.OtherColumn, new("Other contacts", "Ostali kontakti")),
    ];

    public string Key => "hotline-job-offer-checks";

    public ReportText Title { get; } = new("Share of job-offer checks among hotline contacts, by month", "Udeo provera ponuda za posao među kontaktima SOS telefona, po mesecu");

    public ReportText? Description { get; } = new(
        "A contact is a job-offer check when the caller was checking a job offer or the job offer is among its topics. The share is the first column divided by the row total.",
        "Kontakt je provera ponude za posao kada je pozivalac proveravao ponudu ili je ponuda za posao među temama. Udeo je prva kolona podeljena zbirom reda.");

    public async Task<CrossTab> CountAsync(WorkflowsDbContext db, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var tallies = await ContactTallies.JobOfferChecksByMonthAsync(db, period, cancellationToken);
        return CrossTab.From(ReportMonths.Of(period), Columns, tallies.AsCounts());
    }
}
