namespace Astra.Workflows.Modules.Tasks.Storage;

/// <summary>
/// A saved queue view: a name for a queue and its filters, kept per user on the server (not in one browser), and
/// optionally shown to everyone holding <see cref="SharedWithRole"/> (the "team": ASTRA's teams are its roles).
/// </summary>
public sealed class TaskQueueViewEntity
{
    public Guid Id { get; set; }

    public Guid OwnerId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Queue { get; set; } = string.Empty;

    public string? TaskType { get; set; }

    public Guid? AssigneeId { get; set; }

    public string? Priority { get; set; }

    public string? SharedWithRole { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
