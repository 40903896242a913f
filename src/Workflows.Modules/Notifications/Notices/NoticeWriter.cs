using System.Text.Json;
using Astra.Workflows.Modules.Notifications.Api;
using Astra.Workflows.Modules.Notifications.Contracts;
using Astra.Workflows.Modules.Notifications.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Notifications.Notices;

/// <summary>Notifications' side of <see cref="INoticeWriter"/>: the only writer of notification and outbox rows for other modules.</summary>
internal sealed class NoticeWriter(TimeProvider time) : INoticeWriter
{
    public async Task AddAsync(WorkflowsDbContext db, NoticeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        if (request.UserIds.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        var userIds = request.UserIds;
        var recipients = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        var languages = await MailLanguage.OfAsync(db, userIds, cancellationToken);
        // Every recipient gets the same texts; the list shows the one the reader's page is in.
        var texts = NoticeLanguages.RenderAll(request.Render);
        foreach (var user in recipients)
        {
            var (subject, text) = request.Render(MailLanguage.For(languages, user.Id));
            db.Notifications.Add(new NotificationEntity
            {
                Id = Guid.CreateVersion7(now),
                UserId = user.Id,
                TaskId = request.TaskId,
                Link = request.Link ?? (request.TaskId is { } taskId ? $"tasks/{taskId:D}" : null),
                Kind = request.Kind,
                Text = NoticeLanguages.Shorten(subject),
                Texts = texts,
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
