using Astra.Workflows.Modules.Notifications.Contracts;
using Astra.Workflows.Modules.Notifications.Api;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Notifications.Storage;

/// <summary>
/// The outbox's due-row claim: pending e-mails whose attempt is due. Claiming pushes the next attempt out to the lease,
/// so a claim whose job was lost is due again when the lease runs out; the lease time is also the claim's token.
/// </summary>
internal static class OutboxClaims
{
    public static Task<List<Guid>> ClaimEmailsAsync(WorkflowsDbContext db, DueClaim claim, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Guid>($"""
            UPDATE astra.outbox SET next_attempt_at = {claim.LeaseUntil}
            WHERE id IN (
                SELECT id FROM astra.outbox
                WHERE status = 'Pending' AND kind = {NotificationKinds.Email} AND next_attempt_at <= {claim.Now}
                ORDER BY next_attempt_at
                LIMIT {claim.Limit}
                FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
}
