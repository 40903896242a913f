namespace Astra.Workflows.Modules.Tasks.Storage;

/// <summary>
/// A planned escalation of an open task, the source of truth for its timer (like <c>timers</c> for bookmarks):
/// the dispatcher claims due rows and hands them to Hangfire; firing deletes the row; closing the task deletes the rest.
/// </summary>
public sealed class TaskEscalationTimerEntity
{
    public Guid Id { get; set; }

    public Guid TaskId { get; set; }

    public int Level { get; set; }

    public DateTimeOffset FireAt { get; set; }

    /// <summary>Role names to notify, or <c>assignee</c>; JSON array.</summary>
    public string Notify { get; set; } = "[]";

    public bool RaisePriority { get; set; }

    public string? ReassignToRole { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }

    /// <summary>The node holding the claim (ADR 0031): its heartbeat keeps the row; once it falls silent the row is free again.</summary>
    public Guid? ClaimedBy { get; set; }

    public string? JobId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
