using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Notifications.Contracts;

/// <summary>
/// Notices to users: per recipient, an in-app notification (its text is the subject) and, when the user has an
/// e-mail address, an outbox e-mail. <paramref name="Render"/> gets the recipient's mail language and returns the
/// subject and text. <paramref name="TaskId"/> links the in-app notification to a task; <paramref name="Link"/> is the
/// web app page it opens, relative to the public URL (the same path the e-mail's link has), e.g. <c>hearings/{id}</c>.
/// </summary>
public sealed record NoticeRequest(IReadOnlyCollection<Guid> UserIds, string Kind, Func<string, (string Subject, string Text)> Render, Guid? TaskId = null, string? Link = null);

/// <summary>
/// Adds notices to the caller's unit of work (<see cref="WorkflowsDbContext"/> and its transaction), so they commit
/// with the change that caused them or not at all. Nothing is saved here: the caller saves.
/// </summary>
public interface INoticeWriter
{
    Task AddAsync(WorkflowsDbContext db, NoticeRequest request, CancellationToken cancellationToken);
}
