using Astra.Workflows.Modules.Notifications.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Scheduling;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Astra.Workflows.Modules.Notifications.Storage;

/// <summary>
/// The outbox's due-row claim: pending e-mails whose attempt is due, or whose holder fell silent (ADR 0031). Claiming
/// pushes the next attempt out to the job lease (the backstop for a job lost on a live node) and names this node; the
/// lease time is also the claim's token.
/// </summary>
internal static class OutboxClaims
{
    // The one interpolation is the shared lease test, a constant; values are parameters.
    private static readonly string ClaimSql = $"""
            UPDATE astra.outbox SET next_attempt_at = @lease, claimed_by = @node
            WHERE id IN (
                SELECT r.id FROM astra.outbox AS r
                WHERE r.status = 'Pending' AND r.kind = @kind
                  AND (r.next_attempt_at <= @now OR (r.claimed_by IS NOT NULL AND {DueRows.HolderSilent("r.claimed_by")}))
                ORDER BY r.next_attempt_at
                LIMIT @limit
                FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """;

    public static Task<List<Guid>> ClaimEmailsAsync(WorkflowsDbContext db, DueClaim claim, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<Guid>(
            ClaimSql,
            new NpgsqlParameter("lease", claim.LeaseUntil),
            new NpgsqlParameter("node", claim.Node),
            new NpgsqlParameter("kind", NotificationKinds.Email),
            new NpgsqlParameter("now", claim.Now),
            new NpgsqlParameter("claim_stale", claim.ClaimStale),
            new NpgsqlParameter("limit", claim.Limit)).ToListAsync(cancellationToken);

    /// <summary>
    /// A mail job's first step: the rows still carrying its claim pass to the node running it (whose heartbeat holds them
    /// from now on); the others were claimed again (the job is a stale re-run of a dead node's) and are left alone.
    /// </summary>
    public static Task<List<Guid>> AdoptAsync(WorkflowsDbContext db, IReadOnlyCollection<Guid> ids, DateTimeOffset claim, Guid node, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Guid>($"""
            UPDATE astra.outbox SET claimed_by = {node}
            WHERE id = ANY({ids.ToArray()}) AND status = 'Pending' AND next_attempt_at = {claim}
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
}
