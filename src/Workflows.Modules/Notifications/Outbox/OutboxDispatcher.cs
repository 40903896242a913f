using Astra.Workflows.Modules.Notifications.Email;
using Astra.Workflows.Modules.Platform.Hangfire;
using Astra.Workflows.Modules.Notifications.Api;
using Astra.Workflows.Modules.Tasks.Notices;
using Astra.Workflows.Modules.Platform.Database;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Notifications.Outbox;

/// <summary>
/// Hands pending e-mails whose attempt is due to Hangfire's mail queue, a batch per job (one SMTP session each).
/// Claiming pushes the next attempt out by a lease, so a claim whose job was lost is picked up again later: a mail
/// may go twice after a crash, never zero times. The lease time doubles as the claim's token: a job only touches
/// rows still carrying it, so a late job of an expired claim neither sends nor reschedules a row claimed again.
/// </summary>
internal sealed class OutboxDispatcher(
    IDbContextFactory<WorkflowsDbContext> contexts,
    IBackgroundJobClient jobs,
    TimeProvider time,
    IOptions<NotificationOptions> options,
    IOptions<SmtpOptions> smtp)
{
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        // Whole milliseconds: the token must survive PostgreSQL (microseconds) and Hangfire's argument JSON unchanged.
        var lease = now + settings.ClaimLease;
        lease = lease.AddTicks(-(lease.Ticks % TimeSpan.TicksPerMillisecond));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE astra.outbox SET next_attempt_at = {lease}
            WHERE id IN (
                SELECT id FROM astra.outbox
                WHERE status = 'Pending' AND kind = {NotificationKinds.Email} AND next_attempt_at <= {now}
                ORDER BY next_attempt_at
                LIMIT {settings.BatchSize}
                FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);

        foreach (var batch in claimed.Chunk(smtp.Value.MailsPerSession))
        {
            jobs.Enqueue<OutboxMailJob>(HangfireQueues.Mail, job => job.SendBatchAsync(batch, lease, CancellationToken.None));
        }

        return claimed.Count;
    }
}
