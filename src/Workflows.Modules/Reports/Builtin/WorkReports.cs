using Astra.Workflows.Modules.Legal.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Reports.Contracts;
using Astra.Workflows.Modules.Tasks.Contracts;

namespace Astra.Workflows.Modules.Reports.Builtin;

/// <summary>Rows are the kinds present in the data (task types, deadline and hearing kinds), in key order.</summary>
internal static class WorkRows
{
    public static IReadOnlyList<(string Key, ReportText Label)> Of(IEnumerable<string> kinds) =>
        kinds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(k => (k, ReportText.Same(k))).ToList();
}

internal sealed class TasksOnTime : IReport
{
    private static readonly IReadOnlyList<(string Key, ReportText Label)> Columns =
    [
        (TaskStatistics.OnTime, new("On time", "Na vreme")),
        (TaskStatistics.Late, new("Late", "Sa zakašnjenjem")),
        (TaskStatistics.NoDeadline, new("No deadline", "Bez roka")),
    ];

    public string Key => "work-tasks-on-time";

    public ReportText Title { get; } = new("Tasks completed in the period, on time or late, by type", "Zadaci završeni u periodu, na vreme ili sa zakašnjenjem, po vrsti");

    public async Task<CrossTab> CountAsync(WorkflowsDbContext db, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var counts = await TaskStatistics.CompletedAsync(db, period.Start, period.End, cancellationToken);
        return CrossTab.From(WorkRows.Of(counts.Select(c => c.TaskType)), Columns, counts.Select(c => (c.TaskType, c.Bucket, c.Count)));
    }
}

/// <summary>Open tasks past their due time now, whatever the period (the period picks nothing here).</summary>
internal sealed class TasksOverdueNow : IReport
{
    private static readonly IReadOnlyList<(string Key, ReportText Label)> Columns = [(TaskStatistics.Overdue, new("Overdue now", "Trenutno prekoračeni"))];

    public string Key => "work-tasks-overdue-now";

    public ReportText Title { get; } = new("Tasks overdue now, by type", "Trenutno prekoračeni zadaci, po vrsti");

    public async Task<CrossTab> CountAsync(WorkflowsDbContext db, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var counts = await TaskStatistics.OverdueAsync(db, now, cancellationToken);
        return CrossTab.From(WorkRows.Of(counts.Select(c => c.TaskType)), Columns, counts.Select(c => (c.TaskType, c.Bucket, c.Count)));
    }
}

internal sealed class LegalDeadlinesMet : IReport
{
    private static readonly IReadOnlyList<(string Key, ReportText Label)> Columns =
    [
        (LegalStatistics.Met, new("Met", "Ispoštovani")),
        (LegalStatistics.Missed, new("Missed", "Propušteni")),
        (LegalStatistics.Dismissed, new("Dismissed", "Odbačeni")),
        (LegalStatistics.Open, new("Still open", "Još otvoreni")),
    ];

    public string Key => "work-legal-deadlines";

    public ReportText Title { get; } = new("Legal deadlines falling in the period, by kind", "Zakonski rokovi koji ističu u periodu, po vrsti");

    public async Task<CrossTab> CountAsync(WorkflowsDbContext db, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var counts = await LegalStatistics.DeadlinesAsync(db, period.From, period.To, cancellationToken);
        var names = await LegalStatistics.DeadlineKindNamesAsync(db, cancellationToken);
        var rows = WorkRows.Of(counts.Select(c => c.Kind))
            .Select(r => (r.Key, names.TryGetValue(r.Key, out var n) ? new ReportText(n.En, n.SrLatn, n.SrCyrl) : r.Label)).ToList();
        return CrossTab.From(rows, Columns, counts.Select(c => (c.Kind, c.State, c.Count)));
    }
}

internal sealed class HearingsHeld : IReport
{
    private static readonly IReadOnlyList<(string Key, ReportText Label)> Columns =
    [
        (LegalStatistics.Held, new("Held (attended)", "Održana (prisustvovano)")),
        (LegalStatistics.Cancelled, new("Cancelled", "Otkazana")),
        (LegalStatistics.Upcoming, new("Still to come", "Predstoje")),
    ];

    public string Key => "work-hearings";

    public ReportText Title { get; } = new("Hearings in the period, by kind", "Ročišta u periodu, po vrsti");

    public async Task<CrossTab> CountAsync(WorkflowsDbContext db, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var counts = await LegalStatistics.HearingsAsync(db, period.Start, period.End, now, cancellationToken);
        return CrossTab.From(WorkRows.Of(counts.Select(c => c.Kind)), Columns, counts.Select(c => (c.Kind, c.State, c.Count)));
    }
}
