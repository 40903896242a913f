namespace Astra.Workflows.Modules.Tasks.Storage;

/// <summary>One escalation that fired on a task: its level, when, and what it did (never who the client is).</summary>
public sealed class TaskEscalationEntity
{
    public Guid Id { get; set; }

    public Guid TaskId { get; set; }

    public int Level { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>What happened, e.g. <c>notify:Coordinator; raise-priority:high</c>.</summary>
    public string Action { get; set; } = string.Empty;
}
