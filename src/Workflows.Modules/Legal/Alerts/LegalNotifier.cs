using System.Text.Json;
using Astra.Workflows.Modules.Notifications.Api;
using Astra.Workflows.Modules.Tasks.Notices;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Notifications.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Legal.Alerts;

/// <summary>Like <see cref="TaskNotifier"/>: an in-app notification and an outbox e-mail per recipient, in the recipient's language, in the caller's unit of work.</summary>
public sealed class LegalNotifier(IOptions<NotificationOptions> options, TimeProvider time)
{
    public const string HearingAlert = "hearing-alert";
    public const string DeadlineEscalation = "deadline-escalation";

    public string Link(string path) => $"{options.Value.PublicUrl.TrimEnd('/')}/{path}";

    public async Task AddAsync(WorkflowsDbContext db, IReadOnlyCollection<Guid> userIds, string notificationKind, Func<string, (string Subject, string Text)> render, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = time.GetUtcNow();
        ArgumentNullException.ThrowIfNull(render);
        var recipients = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        var languages = await MailLanguage.OfAsync(db, userIds, cancellationToken);
        foreach (var user in recipients)
        {
            var mail = render(MailLanguage.For(languages, user.Id));
            db.Notifications.Add(new NotificationEntity
            {
                Id = Guid.CreateVersion7(now),
                UserId = user.Id,
                Kind = notificationKind,
                Text = mail.Subject.Length > 500 ? mail.Subject[..500] : mail.Subject,
                CreatedAt = now,
            });
            if (!string.IsNullOrWhiteSpace(user.Email))
            {
                db.Outbox.Add(new OutboxEntity
                {
                    Id = Guid.CreateVersion7(now),
                    Kind = NotificationKinds.Email,
                    Payload = JsonSerializer.Serialize(new EmailPayload(user.Email, mail.Subject, mail.Text), JsonSerializerOptions.Web),
                    Status = OutboxStatus.Pending,
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
            }
        }
    }
}
