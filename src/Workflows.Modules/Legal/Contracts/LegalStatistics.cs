using Astra.Workflows.Modules.Legal.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Legal.Contracts;

/// <summary>A number of deadlines or hearings of one kind in one state.</summary>
public sealed record LegalCount(string Kind, string State, int Count);

/// <summary>An open hard legal deadline, for the Director's overview (the case by id, the deadline by kind and day).</summary>
public sealed record HardDeadlineDue(Guid Id, Guid CaseId, string Kind, DateOnly DueOn);

/// <summary>
/// Legal figures for reports: counts only, one grouped query each. Through the context's need-to-know filter:
/// reports pass a system context.
/// </summary>
public static class LegalStatistics
{
    public const string Met = "met";
    public const string Missed = "missed";
    public const string Dismissed = "dismissed";
    public const string Open = "open";
    public const string Held = "held";
    public const string Cancelled = "cancelled";
    public const string Upcoming = "upcoming";

    /// <summary>Every deadline kind's name in the three languages, by key.</summary>
    public static async Task<Dictionary<string, DeadlineKindLabels>> DeadlineKindNamesAsync(WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var kinds = await db.LegalDeadlineKinds.AsNoTracking().ToListAsync(cancellationToken);
        return kinds.ToDictionary(k => k.Key, DeadlineKindLabels.Of, StringComparer.Ordinal);
    }

    /// <summary>Deadlines whose last day is in [from, to], by kind: met (completed), missed, dismissed, still open.</summary>
    public static Task<List<LegalCount>> DeadlinesAsync(WorkflowsDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.LegalDeadlines.AsNoTracking()
            .Where(d => d.DueOn >= from && d.DueOn <= to)
            .GroupBy(d => new
            {
                d.Kind,
                State = d.Status == LegalStatuses.Completed ? Met
                    : d.Status == LegalStatuses.Missed ? Missed
                    : d.Status == LegalStatuses.Dismissed ? Dismissed
                    : Open,
            })
            .Select(g => new LegalCount(g.Key.Kind, g.Key.State, g.Count()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Hearings set in [start, end), by kind: held (its time passed and it was not cancelled — Legal records no
    /// attendance), cancelled, or still to come at <paramref name="now"/>.
    /// </summary>
    public static Task<List<LegalCount>> HearingsAsync(WorkflowsDbContext db, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Hearings.AsNoTracking()
            .Where(h => h.StartsAt >= start && h.StartsAt < end)
            .GroupBy(h => new { h.Kind, State = h.Status == LegalStatuses.Cancelled ? Cancelled : h.StartsAt < now ? Held : Upcoming })
            .Select(g => new LegalCount(g.Key.Kind, g.Key.State, g.Count()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Open hard deadlines whose last day is in [from, to], soonest first.</summary>
    public static Task<List<HardDeadlineDue>> HardDeadlinesDueAsync(WorkflowsDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.LegalDeadlines.AsNoTracking()
            .Where(d => d.Hard && d.Status == LegalStatuses.Open && d.DueOn >= from && d.DueOn <= to)
            .OrderBy(d => d.DueOn)
            .Select(d => new HardDeadlineDue(d.Id, d.CaseId, d.Kind, d.DueOn))
            .ToListAsync(cancellationToken);
    }
}
