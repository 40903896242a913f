using System.Text.Json;
using Astra.Workflows.Engine.Notifications;
using Astra.Workflows.Host.Features.Notifications;
using Astra.Workflows.Persistence;
using Astra.Workflows.Persistence.Outbox;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Host.Adapters.Outbox;

/// <summary>
/// Sends one outbox e-mail. Retries are the row's, not Hangfire's: a failure records the attempt and the next time
/// (exponential backoff); the last failure dead-letters the row for an Admin to see.
/// </summary>
public sealed partial class OutboxMailJob(
    IDbContextFactory<WorkflowsDbContext> contexts,
    IMailSender mail,
    TimeProvider time,
    IOptions<NotificationOptions> options,
    ILogger<OutboxMailJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task<string> SendAsync(Guid outboxId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Outbox.FirstOrDefaultAsync(o => o.Id == outboxId, cancellationToken);
        if (row is null || row.Status != OutboxStatus.Pending)
        {
            return "done";
        }

        var payload = JsonSerializer.Deserialize<EmailPayload>(row.Payload, JsonSerializerOptions.Web)!;
        row.Attempts++;
        try
        {
            await mail.SendAsync(new OutgoingMail(payload.To, payload.Subject, payload.Text), cancellationToken);
            row.Status = OutboxStatus.Sent;
            row.SentAt = time.GetUtcNow();
            row.LastError = null;
            await db.SaveChangesAsync(cancellationToken);
            return "sent";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var settings = options.Value;
            // The type and message of a transport error, never the mail itself.
            row.LastError = Truncate($"{e.GetType().Name}: {e.Message}");
            if (row.Attempts >= settings.MaxAttempts)
            {
                row.Status = OutboxStatus.DeadLetter;
                LogDeadLetter(logger, outboxId, row.Attempts);
            }
            else
            {
                row.NextAttemptAt = time.GetUtcNow() + (settings.FirstRetryDelay * Math.Pow(2, row.Attempts - 1));
            }

            await db.SaveChangesAsync(cancellationToken);
            return row.Status == OutboxStatus.DeadLetter ? "dead-letter" : "retry";
        }
    }

    private static string Truncate(string text) => text.Length > 500 ? text[..500] : text;

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox e-mail {OutboxId} dead-lettered after {Attempts} attempts")]
    private static partial void LogDeadLetter(ILogger logger, Guid outboxId, int attempts);
}
