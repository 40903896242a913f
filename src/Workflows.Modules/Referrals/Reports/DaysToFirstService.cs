using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Hotline.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Reports.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Reports;

/// <summary>
/// How long people waited for help: for each case whose first service falls in the period, the days from the first
/// contact to that service. First contact is the earlier of the case's opening (Cases' <see cref="CaseFacts"/>) and
/// its earliest hotline contact (the Hotline's <see cref="HotlineFirstContacts"/>), in Belgrade days.
/// </summary>
internal sealed class DaysToFirstService : IReport
{
    private static readonly IReadOnlyList<(string Key, ReportText Label)> Columns = [("cases", new("Cases", "Slučajevi"))];

    public string Key => "assistance-days-to-first-service";

    public ReportText Title { get; } = new("Days from first contact to first service", "Dani od prvog kontakta do prve usluge");

    public ReportText? Description { get; } = new(
        "Each case counts once, in the period of its first service. First contact is the earliest hotline contact linked to the case, or the case's opening if that came first or there was no hotline contact.",
        "Svaki slučaj se računa jednom, u periodu svoje prve usluge. Prvi kontakt je najraniji kontakt SOS telefona povezan sa slučajem, ili otvaranje slučaja ako je bilo ranije ili kontakta nije bilo.");

    public async Task<CrossTab> CountAsync(WorkflowsDbContext db, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        var firstServices = CurrentServices.Query(db)
            .GroupBy(s => s.CaseId)
            .Select(g => new { CaseId = g.Key, First = g.Min(s => s.DeliveredOn) })
            .Where(f => f.First >= period.From && f.First <= period.To);
        var rows = await (
                from f in firstServices
                join c in CaseFacts.Query(db) on f.CaseId equals c.Id
                join h in HotlineFirstContacts.Query(db) on f.CaseId equals h.CaseId into contacts
                from h in contacts.DefaultIfEmpty()
                select new { f.First, c.OpenedAt, Contact = h == null ? (DateTimeOffset?)null : h.FirstAt })
            .ToListAsync(cancellationToken);
        // Tens of thousands of rows at most over ten years: the day arithmetic in Belgrade time is done here.
        var counts = rows.Select(r => (Bucket(r.First, r.Contact is { } contact && contact < r.OpenedAt ? contact : r.OpenedAt), "cases", 1));
        return CrossTab.From(AssistanceLabels.DayBuckets.Select(b => (b.Key, b.Label)).ToList(), Columns, counts);
    }

    private static string Bucket(DateOnly firstService, DateTimeOffset firstContact)
    {
        var days = firstService.DayNumber - DateOnly.FromDateTime(OrganisationTime.ToLocal(firstContact).DateTime).DayNumber;
        return AssistanceLabels.DayBuckets.First(b => days <= b.MaxDays).Key;
    }
}
