using System.Text.Json;
using Astra.Workflows.Modules.Notifications.Contracts;
using Astra.Workflows.Modules.Notifications.Email;
using Astra.Workflows.Modules.Platform.Hangfire;
using Astra.Workflows.Modules.Notifications.Api;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Notifications.Storage;
using Astra.Workflows.Modules.Platform.Scheduling;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Notifications.Outbox;

/// <summary>
/// Sends outbox e-mails through one SMTP session. Retries are the row's, not Hangfire's: a failure records the
/// attempt and the next time (exponential backoff); the last failure dead-letters the row for an Admin to see.
/// Each mail's outcome is stored as soon as it is known, so a crash mid-batch repeats at most the mail in flight.
/// </summary>
public sealed partial class OutboxMailJob(
    IDbContextFactory<WorkflowsDbContext> contexts,
    IMailTransport transport,
    SchedulerNode node,
    TimeProvider time,
    IOptions<NotificationOptions> options,
    ILogger<OutboxMailJob> logger)
{
    /// <summary>One mail regardless of any claim (an Admin's resend, jobs enqueued before batches existed).</summary>
    [AutomaticRetry(Attempts = 0)]
    [Queue(HangfireQueues.Mail)]
    public async Task<string> SendAsync(Guid outboxId, CancellationToken cancellationToken)
    {
        var outcomes = await DeliverAsync([outboxId], claim: null, cancellationToken);
        return outcomes.Count == 0 ? "done" : outcomes[0];
    }

    /// <summary>The mails of one dispatcher claim; rows claimed again since (their lease ran out) are left alone.</summary>
    [AutomaticRetry(Attempts = 0)]
    [Queue(HangfireQueues.Mail)]
    public async Task<string> SendBatchAsync(Guid[] outboxIds, DateTimeOffset claim, CancellationToken cancellationToken)
    {
        var outcomes = await DeliverAsync(outboxIds, claim, cancellationToken);
        return outcomes.Count == 0 ? "done" : string.Join(", ", outcomes.GroupBy(o => o).Select(g => $"{g.Key} {g.Count()}"));
    }

    private async Task<List<string>> DeliverAsync(IReadOnlyCollection<Guid> ids, DateTimeOffset? claim, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (claim is { } token)
        {
            // Only the rows still carrying this claim, now held by this node's heartbeat (ADR 0031); a stale re-run of a
            // dead node's job finds them claimed again and sends nothing.
            ids = await OutboxClaims.AdoptAsync(db, ids, token, node.Id, cancellationToken);
        }

        var rows = await db.Outbox.AsNoTracking()
            .Where(o => ids.Contains(o.Id) && o.Status == OutboxStatus.Pending)
            .OrderBy(o => o.CreatedAt)
            .ToListAsync(cancellationToken);
        rows = rows.Where(r => claim is null || r.NextAttemptAt == claim).ToList();
        var outcomes = new List<string>(rows.Count);
        if (rows.Count == 0)
        {
            return outcomes;
        }

        IMailSession? session = null;
        Exception? broken = null;
        try
        {
            try
            {
                session = await transport.OpenAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                broken = e;
            }

            foreach (var row in rows)
            {
                if (broken is not null)
                {
                    // The session is gone (server down, hung, dropped): the rest count as failed attempts too.
                    outcomes.Add(await RecordFailureAsync(db, row, claim, broken, cancellationToken));
                    continue;
                }

                var payload = JsonSerializer.Deserialize<EmailPayload>(row.Payload, JsonSerializerOptions.Web)!;
                try
                {
                    await session!.SendAsync(new OutgoingMail(payload.To, payload.Subject, payload.Text), cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    outcomes.Add(await RecordFailureAsync(db, row, claim, e, cancellationToken));
                    broken = session!.IsConnected ? null : e;
                    continue;
                }

                outcomes.Add(await RecordSentAsync(db, row, cancellationToken));
            }
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }

        return outcomes;
    }

    private async Task<string> RecordSentAsync(WorkflowsDbContext db, OutboxEntity row, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Sent is sent, whoever holds the claim now: storing it unconditionally keeps a second send from following.
        await db.Outbox.Where(o => o.Id == row.Id).ExecuteUpdateAsync(
            s => s.SetProperty(o => o.Status, OutboxStatus.Sent)
                .SetProperty(o => o.SentAt, now)
                .SetProperty(o => o.LastError, (string?)null)
                .SetProperty(o => o.Attempts, o => o.Attempts + 1),
            CancellationToken.None);
        return "sent";
    }

    private async Task<string> RecordFailureAsync(WorkflowsDbContext db, OutboxEntity row, DateTimeOffset? claim, Exception error, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var attempts = row.Attempts + 1;
        var dead = attempts >= settings.MaxAttempts;
        var next = dead ? row.NextAttemptAt : time.GetUtcNow() + (settings.FirstRetryDelay * Math.Pow(2, attempts - 1));
        // The type and message of a transport error, never the mail itself.
        var message = Truncate($"{error.GetType().Name}: {error.Message}");
        var status = dead ? OutboxStatus.DeadLetter : OutboxStatus.Pending;
        var target = db.Outbox.Where(o => o.Id == row.Id && o.Status == OutboxStatus.Pending);
        if (claim is { } token)
        {
            target = target.Where(o => o.NextAttemptAt == token);
        }

        var updated = await target.ExecuteUpdateAsync(
            s => s.SetProperty(o => o.Attempts, attempts)
                .SetProperty(o => o.LastError, message)
                .SetProperty(o => o.Status, status)
                .SetProperty(o => o.NextAttemptAt, next)
                .SetProperty(o => o.ClaimedBy, (Guid?)null),
            cancellationToken);
        if (updated == 0)
        {
            return "superseded";
        }

        if (dead)
        {
            LogDeadLetter(logger, row.Id, attempts);
        }

        return dead ? "dead-letter" : "retry";
    }

    private static string Truncate(string text) => text.Length > 500 ? text[..500] : text;

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox e-mail {OutboxId} dead-lettered after {Attempts} attempts")]
    private static partial void LogDeadLetter(ILogger logger, Guid outboxId, int attempts);
}
