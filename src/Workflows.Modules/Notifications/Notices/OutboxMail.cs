using System.Text.Json;
using Astra.Workflows.Modules.Notifications.Api;
using Astra.Workflows.Modules.Notifications.Contracts;
using Astra.Workflows.Modules.Notifications.Storage;
using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Notifications.Notices;

/// <summary>Notifications' side of <see cref="IOutboxMail"/>: the same outbox row a notice e-mail gets.</summary>
internal sealed class OutboxMail(TimeProvider time) : IOutboxMail
{
    public void Add(WorkflowsDbContext db, OutgoingMail mail)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mail);
        var now = time.GetUtcNow();
        db.Outbox.Add(new OutboxEntity
        {
            Id = Guid.CreateVersion7(now),
            Kind = NotificationKinds.Email,
            Payload = JsonSerializer.Serialize(new EmailPayload(mail.To, mail.Subject, mail.TextBody), JsonSerializerOptions.Web),
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }
}
