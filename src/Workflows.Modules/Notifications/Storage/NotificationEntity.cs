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

    /// <summary>The text in the recipient's saved language when written (what the e-mail said).</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>
    /// The text in every language (<c>{"en": …, "sr-Latn": …, "sr-Cyrl": …}</c>, jsonb), so the list answers in the
    /// language the reader shows now; <c>{}</c> for notices written before it existed (they show <see cref="Text"/>).
    /// </summary>
    public string Texts { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
