using Astra.Workflows.Modules.Tasks.Contracts;
namespace Astra.Workflows.Modules.Tasks.Storage;

/// <summary>
/// A human task: queryable columns for the queues, the form and outcomes as JSON. <see cref="Revision"/> is the
/// optimistic-concurrency token every claim, release, assignment, escalation and completion checks and bumps.
/// </summary>
public sealed class TaskEntity
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string ActivityId { get; set; } = string.Empty;

    /// <summary>The task bookmark; null only until the burst that created both is written.</summary>
    public string? BookmarkId { get; set; }

    public string BookmarkKey { get; set; } = string.Empty;

    public Guid? CaseId { get; set; }

    public string? CaseCode { get; set; }

    public string TaskType { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string? Role { get; set; }

    public Guid? AssigneeId { get; set; }

    public string Status { get; set; } = TaskStatuses.Open;

    /// <summary>Rank: 0 low, 1 normal, 2 high, 3 urgent (a column the queues can sort on).</summary>
    public short Priority { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Due time with "no deadline" as the far future, so keyset pagination sorts on a non-null column.</summary>
    public DateTimeOffset DueSort { get; set; }

    public DateTimeOffset? FollowUpAt { get; set; }

    public int EscalationLevel { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public Guid? CompletedBy { get; set; }

    public string? Outcome { get; set; }

    public string Form { get; set; } = "[]";

    public string Outcomes { get; set; } = "[]";

    public string? Data { get; set; }

    /// <summary>This task's part of the definition's <c>texts</c> catalogue, title and description rendered (<see cref="Activities.TaskTexts"/>).</summary>
    public string Texts { get; set; } = "{}";

    public int Revision { get; set; }

    public static DateTimeOffset NoDeadline { get; } = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);
}
