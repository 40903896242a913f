using Astra.Workflows.Modules.Notifications.Api;
using System.Text.Json;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Notifications.Storage;
using Astra.Workflows.Modules.Tasks.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Tasks.Notices;

/// <summary>
/// Adds, to the caller's unit of work, an in-app notification and an outbox e-mail per recipient, so they commit with
/// the change that caused them (an assignment, an escalation) or not at all.
/// </summary>
public sealed class TaskNotifier(IOptions<NotificationOptions> options, TimeProvider time)
{
    public async Task AddAsync(WorkflowsDbContext db, TaskEntity task, IReadOnlyCollection<Guid> userIds, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(task);
        if (userIds.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        var link = $"{options.Value.PublicUrl.TrimEnd('/')}/tasks/{task.Id:D}";
        // The title is rendered from a workflow author's template and may hold anything: it stays out (ADR 0019).
        var model = new NotificationTemplates.Model(task.CaseCode ?? "-", task.TaskType, task.DueAt, link);
        var recipients = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        var languages = await MailLanguage.OfAsync(db, userIds, cancellationToken);
        foreach (var user in recipients)
        {
            var (subject, text) = NotificationTemplates.Render(kind, MailLanguage.For(languages, user.Id), model);
            db.Notifications.Add(new NotificationEntity
            {
                Id = Guid.CreateVersion7(now),
                UserId = user.Id,
                TaskId = task.Id,
                Kind = kind,
                Text = subject.Length > 500 ? subject[..500] : subject,
                CreatedAt = now,
            });
            if (!string.IsNullOrWhiteSpace(user.Email))
            {
                db.Outbox.Add(new OutboxEntity
                {
                    Id = Guid.CreateVersion7(now),
                    Kind = NotificationKinds.Email,
                    Payload = JsonSerializer.Serialize(new EmailPayload(user.Email, subject, text), JsonSerializerOptions.Web),
                    Status = OutboxStatus.Pending,
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
            }
        }
    }
}
