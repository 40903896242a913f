using System.Globalization;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Reports.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Hotline.Reports;

/// <summary>One grouped count: a row key, a column key and how many contacts fall in both.</summary>
internal sealed class ContactTally
{
    public string Row { get; init; } = string.Empty;

    public string Column { get; init; } = string.Empty;

    public int N { get; init; }
}

/// <summary>
/// Grouped counts of the contacts that occurred in a period, one SQL statement each, over the module's own table: a
/// million contacts stay in the database, only the groups come back. A contact's month (in Belgrade time) is found
/// with <c>width_bucket</c> against the instants the period's months start at, computed here: a binary search per row
/// instead of a time-zone conversion and a string per row, which cost most of the query over ten years.
/// </summary>
internal static class ContactTallies
{
    /// <summary>Contacts by month (<c>yyyy-MM</c>) and channel.</summary>
    public static async Task<List<ContactTally>> ByMonthAndChannelAsync(WorkflowsDbContext db, ReportPeriod period, CancellationToken cancellationToken) =>
        ToMonths(period, await db.Database.SqlQuery<ContactTally>($"""
            SELECT width_bucket(occurred_at, {MonthStarts(period)})::text AS "Row", channel AS "Column", count(*)::int AS "N"
            FROM astra.hotline_contacts
            WHERE occurred_at >= {period.Start} AND occurred_at < {period.End}
            GROUP BY 1, 2
            """).ToListAsync(cancellationToken));

    /// <summary>Contacts by caller type, in one column.</summary>
    public static Task<List<ContactTally>> ByCallerTypeAsync(WorkflowsDbContext db, ReportPeriod period, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<ContactTally>($"""
            SELECT caller_type AS "Row", 'contacts' AS "Column", count(*)::int AS "N"
            FROM astra.hotline_contacts
            WHERE occurred_at >= {period.Start} AND occurred_at < {period.End}
            GROUP BY 1
            """).ToListAsync(cancellationToken);

    /// <summary>Contacts by topic: a contact counts once under each of its topics, under "none" when it has none.</summary>
    public static Task<List<ContactTally>> ByTopicAsync(WorkflowsDbContext db, ReportPeriod period, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<ContactTally>($"""
            SELECT coalesce(t.topic, {HotlineLabels.NoTopic}) AS "Row", 'contacts' AS "Column", count(*)::int AS "N"
            FROM astra.hotline_contacts c
            LEFT JOIN LATERAL unnest(c.topics) AS t(topic) ON true
            WHERE c.occurred_at >= {period.Start} AND c.occurred_at < {period.End}
            GROUP BY 1
            """).ToListAsync(cancellationToken);

    /// <summary>Contacts by month, split into job-offer checks (the caller checked an offer, or it is among the topics) and the rest.</summary>
    public static async Task<List<ContactTally>> JobOfferChecksByMonthAsync(WorkflowsDbContext db, ReportPeriod period, CancellationToken cancellationToken) =>
        ToMonths(period, await db.Database.SqlQuery<ContactTally>($"""
            SELECT width_bucket(occurred_at, {MonthStarts(period)})::text AS "Row",
                   CASE WHEN caller_type = {JobOfferCheck} OR {JobOfferCheck} = ANY (topics) THEN {JobOfferCheckColumn} ELSE {OtherColumn} END AS "Column",
                   count(*)::int AS "N"
            FROM astra.hotline_contacts
            WHERE occurred_at >= {period.Start} AND occurred_at < {period.End}
            GROUP BY 1, 2
            """).ToListAsync(cancellationToken));

    /// <summary>Contacts by month: a case opened from the contact, linked to the caller's case, or no case.</summary>
    public static async Task<List<ContactTally>> CasesByMonthAsync(WorkflowsDbContext db, ReportPeriod period, CancellationToken cancellationToken) =>
        ToMonths(period, await db.Database.SqlQuery<ContactTally>($"""
            SELECT width_bucket(occurred_at, {MonthStarts(period)})::text AS "Row",
                   CASE WHEN triage_instance_id IS NOT NULL THEN {CaseOpened} WHEN case_id IS NOT NULL THEN {Linked} ELSE {NoCase} END AS "Column",
                   count(*)::int AS "N"
            FROM astra.hotline_contacts
            WHERE occurred_at >= {period.Start} AND occurred_at < {period.End}
            GROUP BY 1, 2
            """).ToListAsync(cancellationToken));

    public const string JobOfferCheck = "jobOfferCheck";
    public const string JobOfferCheckColumn = "check";
    public const string OtherColumn = "other";
    public const string CaseOpened = "opened";
    public const string Linked = "linked";
    public const string NoCase = "none";

    /// <summary>The instants (UTC) the period's months start at in Belgrade: the first is at or before the period's start.</summary>
    private static DateTimeOffset[] MonthStarts(ReportPeriod period) =>
        ReportMonths.Of(period).Select(m => OrganisationTime.StartOfDay(DateOnly.ParseExact(m.Key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToUniversalTime()).ToArray();

    /// <summary>Bucket i (1-based, as <c>width_bucket</c> numbers them) is the period's i-th month.</summary>
    private static List<ContactTally> ToMonths(ReportPeriod period, List<ContactTally> tallies)
    {
        var months = ReportMonths.Of(period);
        return tallies.Select(t => new ContactTally { Row = months[int.Parse(t.Row, CultureInfo.InvariantCulture) - 1].Key, Column = t.Column, N = t.N }).ToList();
    }

    public static IEnumerable<(string Row, string Column, int Count)> AsCounts(this IEnumerable<ContactTally> tallies) =>
        tallies.Select(t => (t.Row, t.Column, t.N));
}
