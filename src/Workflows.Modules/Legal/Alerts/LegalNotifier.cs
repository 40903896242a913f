using Astra.Workflows.Modules.Notifications.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Links;

namespace Astra.Workflows.Modules.Legal.Alerts;

/// <summary>Like the task notifier: an in-app notification and an outbox e-mail per recipient, in the recipient's language, in the caller's unit of work (Notifications' <see cref="INoticeWriter"/>).</summary>
public sealed class LegalNotifier(INoticeWriter writer, PublicUrl publicUrl)
{
    public const string HearingAlert = "hearing-alert";
    public const string DeadlineEscalation = "deadline-escalation";

    public string Link(string path) => publicUrl.Link(path);

    /// <summary><paramref name="path"/> is the page the notice opens (relative, as given to <see cref="Link"/>).</summary>
    public Task AddAsync(WorkflowsDbContext db, IReadOnlyCollection<Guid> userIds, string notificationKind, string path, Func<string, (string Subject, string Text)> render, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(render);
        return writer.AddAsync(db, new NoticeRequest(userIds, notificationKind, render, Link: path), cancellationToken);
    }
}
