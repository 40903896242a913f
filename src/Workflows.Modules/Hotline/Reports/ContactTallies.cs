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
/// Grouped counts of the contacts that occurred in a period, one SQL statement each. The month is taken in
/// Belgrade time in the database (<c>AT TIME ZONE</c>), which LINQ cannot say, so these are SQL over the module's
/// own table; a million contacts stay in the database, only the groups come back.
/// </summary>
internal static class ContactTallies
{
    /// <summary>Contacts by month (<c>yyyy-MM</c>) and channel.</summary>
    public static Task<List<ContactTally>> ByMonthAndChannelAsync(WorkflowsDbContext db, ReportPeriod period, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<ContactTally>($"""
            SELECT to_char(occurred_at AT TIME ZONE {OrganisationTime.TimeZoneId}, 'YYYY-MM') AS "Row", channel AS "Column", count(*)::int AS "N"
            FROM astra.hotline_contacts
            WHERE occurred_at >= {period.Start} AND occurred_at < {period.End}
            GROUP BY 1, 2
            """).ToListAsync(cancellationToken);

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
    public static Task<List<ContactTally>> JobOfferChecksByMonthAsync(WorkflowsDbContext db, ReportPeriod period, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<ContactTally>($"""
            SELECT to_char(occurred_at AT TIME ZONE {OrganisationTime.TimeZoneId}, 'YYYY-MM') AS "Row",
                   CASE WHEN caller_type = {JobOfferCheck} OR {JobOfferCheck} = ANY (topics) THEN {JobOfferCheckColumn} ELSE {OtherColumn} END AS "Column",
                   count(*)::int AS "N"
            FROM astra.hotline_contacts
            WHERE occurred_at >= {period.Start} AND occurred_at < {period.End}
            GROUP BY 1, 2
            """).ToListAsync(cancellationToken);

    /// <summary>Contacts by month: a case opened from the contact, linked to the caller's case, or no case.</summary>
    public static Task<List<ContactTally>> CasesByMonthAsync(WorkflowsDbContext db, ReportPeriod period, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<ContactTally>($"""
            SELECT to_char(occurred_at AT TIME ZONE {OrganisationTime.TimeZoneId}, 'YYYY-MM') AS "Row",
                   CASE WHEN triage_instance_id IS NOT NULL THEN {CaseOpened} WHEN case_id IS NOT NULL THEN {Linked} ELSE {NoCase} END AS "Column",
                   count(*)::int AS "N"
            FROM astra.hotline_contacts
            WHERE occurred_at >= {period.Start} AND occurred_at < {period.End}
            GROUP BY 1, 2
            """).ToListAsync(cancellationToken);

    public const string JobOfferCheck = "jobOfferCheck";
    public const string JobOfferCheckColumn = "check";
    public const string OtherColumn = "other";
    public const string CaseOpened = "opened";
    public const string Linked = "linked";
    public const string NoCase = "none";

    public static IEnumerable<(string Row, string Column, int Count)> AsCounts(this IEnumerable<ContactTally> tallies) =>
        tallies.Select(t => (t.Row, t.Column, t.N));
}
