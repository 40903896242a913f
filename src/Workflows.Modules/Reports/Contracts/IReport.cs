using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Reports.Contracts;

/// <summary>
/// A report other modules can contribute: register it with <c>services.AddScoped&lt;IReport, MyReport&gt;()</c> in the
/// module's <c>AddX()</c>. The Reports module lists it, runs it for a period, adds totals, suppresses small counts
/// (complementary), audits the read and exports it; a report only counts.
/// </summary>
public interface IReport
{
    /// <summary>Stable key in the URL (<c>/api/reports/{key}</c>): lower-case words joined by hyphens, unique.</summary>
    string Key { get; }

    ReportText Title { get; }

    /// <summary>How to read the counts when the title cannot say it all (e.g. "a contact with several topics counts in each"); null when the title is enough.</summary>
    ReportText? Description => null;

    /// <summary>
    /// The raw counts for <paramref name="period"/>. <paramref name="db"/> is a system context (no need-to-know
    /// filter: reports count every case and give out aggregates only); read through the owning modules' contracts.
    /// <paramref name="now"/> is for figures "as of now" (overdue work).
    /// </summary>
    Task<CrossTab> CountAsync(WorkflowsDbContext db, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken);
}
