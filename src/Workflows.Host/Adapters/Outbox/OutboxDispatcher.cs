using Astra.Workflows.Host.Features.Notifications;
using Astra.Workflows.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Host.Adapters.Outbox;

/// <summary>
/// Hands pending e-mails whose attempt is due to Hangfire. Claiming pushes the next attempt out by a lease, so a claim
/// whose job was lost is picked up again later: a mail may go twice after a crash, never zero times.
/// </summary>
internal sealed class OutboxDispatcher(
    IDbContextFactory<WorkflowsDbContext> contexts,
    IBackgroundJobClient jobs,
    TimeProvider time,
    IOptions<NotificationOptions> options)
{
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var lease = now + settings.ClaimLease;
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

        foreach (var id in claimed)
        {
            jobs.Enqueue<OutboxMailJob>(job => job.SendAsync(id, CancellationToken.None));
        }

        return claimed.Count;
    }
}
