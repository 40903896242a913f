using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Tasks.Contracts;

/// <summary>A number of tasks of one type in one bucket (<see cref="TaskStatistics"/>' bucket names).</summary>
public sealed record TaskCount(string TaskType, string Bucket, int Count);

/// <summary>A number of overdue open tasks held by one assignee (null: not claimed by anyone).</summary>
public sealed record AssigneeCount(Guid? AssigneeId, int Count);

/// <summary>
/// Task figures for reports: counts only, one grouped query each. Through the context's need-to-know filter:
/// reports pass a system context and count every task.
/// </summary>
public static class TaskStatistics
{
    public const string OnTime = "onTime";
    public const string Late = "late";
    public const string NoDeadline = "noDeadline";
    public const string Overdue = "overdue";

    /// <summary>Tasks completed in [start, end) by type: on time (by their due time), late, or without a deadline.</summary>
    public static Task<List<TaskCount>> CompletedAsync(WorkflowsDbContext db, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Tasks.AsNoTracking()
            .Where(t => t.Status == TaskStatuses.Completed && t.CompletedAt >= start && t.CompletedAt < end)
            .GroupBy(t => new { t.TaskType, Bucket = t.DueAt == null ? NoDeadline : t.CompletedAt <= t.DueAt ? OnTime : Late })
            .Select(g => new TaskCount(g.Key.TaskType, g.Key.Bucket, g.Count()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Open tasks past their due time at <paramref name="now"/>, by type.</summary>
    public static Task<List<TaskCount>> OverdueAsync(WorkflowsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Tasks.AsNoTracking()
            .Where(t => t.Status == TaskStatuses.Open && t.DueAt < now)
            .GroupBy(t => t.TaskType)
            .Select(g => new TaskCount(g.Key, Overdue, g.Count()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Open tasks past their due time at <paramref name="now"/>, by assignee.</summary>
    public static Task<List<AssigneeCount>> OverdueByAssigneeAsync(WorkflowsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Tasks.AsNoTracking()
            .Where(t => t.Status == TaskStatuses.Open && t.DueAt < now)
            .GroupBy(t => t.AssigneeId)
            .Select(g => new AssigneeCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
    }
}
