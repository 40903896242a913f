namespace Astra.Workflows.Modules.Notifications.Storage;

/// <summary>An in-app notification for one user; the text carries the case code and task title only.</summary>
public sealed class NotificationEntity
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid? TaskId { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
