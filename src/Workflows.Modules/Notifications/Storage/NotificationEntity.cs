namespace Astra.Workflows.Modules.Notifications.Storage;

/// <summary>An in-app notification for one user; the text carries the case code and task title only.</summary>
public sealed class NotificationEntity
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid? TaskId { get; set; }

    /// <summary>The web app page the notice is about, relative to the public URL (<c>tasks/{id}</c>, <c>hearings/{id}</c>…).</summary>
    public string? Link { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
