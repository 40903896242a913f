using Astra.Workflows.Modules.Notifications.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Links;
using Astra.Workflows.Modules.Tasks.Storage;

namespace Astra.Workflows.Modules.Tasks.Notices;

/// <summary>
/// Adds, to the caller's unit of work, an in-app notification and an outbox e-mail per recipient (through
/// Notifications' <see cref="INoticeWriter"/>), so they commit with the change that caused them (an assignment, an
/// escalation) or not at all.
/// </summary>
public sealed class TaskNotifier(INoticeWriter writer, PublicUrl publicUrl)
{
    public Task AddAsync(WorkflowsDbContext db, TaskEntity task, IReadOnlyCollection<Guid> userIds, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(task);
        // The title is rendered from a workflow author's template and may hold anything: it stays out (ADR 0019).
        var notice = new TaskNotice(task.CaseCode ?? "-", task.TaskType, task.DueAt, publicUrl.Link($"tasks/{task.Id:D}"));
        return writer.AddAsync(db, new NoticeRequest(userIds, kind, language => NoticeTexts.RenderTask(kind, language, notice), task.Id), cancellationToken);
    }
}
