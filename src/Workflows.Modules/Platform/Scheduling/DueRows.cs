using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Astra.Workflows.Modules.Platform.Scheduling;

/// <summary>A table of due rows handed to Hangfire: it has <c>dispatched_at</c>, <c>job_id</c> and <c>claimed_by</c> columns beside its key and due time.</summary>
public sealed record DueRowTable(string Table, string KeyColumn, string DueColumn);

/// <summary>
/// The claim of tables shaped like <see cref="DueRowTable"/>: due rows not yet dispatched are marked with SKIP LOCKED, so
/// nodes share the work without handing one row out twice at once. <c>claimed_by</c> names the node holding the row
/// (the claiming one, then the one whose worker runs its job); the row is free again once that node's heartbeat is
/// older than the lease (ADR 0031). <c>dispatched_at</c> is the claim's token: a job of an older claim does nothing.
/// </summary>
public static class DueRows
{
    /// <summary>The lease test shared by every source: the holder named in <paramref name="holder"/> has not beaten since <c>@claim_stale</c>.</summary>
    public static string HolderSilent(string holder) => $"""
        ({holder} IS DISTINCT FROM @node AND NOT EXISTS (
            SELECT 1 FROM astra.scheduler_nodes n WHERE n.node_id = {holder} AND n.heartbeat_at >= @claim_stale))
        """;

    // Identifiers come from the sources' constant tables, never from input; values are parameters.
    public static Task<List<TKey>> ClaimAsync<TKey>(WorkflowsDbContext db, DueRowTable table, DueClaim claim, CancellationToken cancellationToken)
    {
        // A row claimed before nodes had ids (claimed_by null) keeps the old two-stage lease.
        var sql = $"""
            UPDATE astra.{table.Table} SET dispatched_at = @now, job_id = NULL, claimed_by = @node
            WHERE {table.KeyColumn} IN (
                SELECT r.{table.KeyColumn} FROM astra.{table.Table} AS r
                WHERE r.{table.DueColumn} <= @now
                  AND (r.dispatched_at IS NULL
                       OR r.dispatched_at < @job_stale
                       OR (r.claimed_by IS NULL AND r.job_id IS NULL AND r.dispatched_at < @claim_stale)
                       OR (r.claimed_by IS NOT NULL AND {HolderSilent("r.claimed_by")}))
                ORDER BY r.{table.DueColumn}
                LIMIT @limit
                FOR UPDATE SKIP LOCKED)
            RETURNING {table.KeyColumn} AS "Value"
            """;
        return db.Database.SqlQueryRaw<TKey>(
            sql,
            new NpgsqlParameter("now", claim.Now),
            new NpgsqlParameter("node", claim.Node),
            new NpgsqlParameter("claim_stale", claim.ClaimStale),
            new NpgsqlParameter("job_stale", claim.JobStale),
            new NpgsqlParameter("limit", claim.Limit)).ToListAsync(cancellationToken);
    }

    /// <summary>Stores each row's Hangfire job id in one statement (operators look there).</summary>
    public static Task<int> RecordJobsAsync<TKey>(
        WorkflowsDbContext db, DueRowTable table, IReadOnlyList<TKey> keys, IReadOnlyList<string> jobIds, CancellationToken cancellationToken)
    {
        var sql = $"""
            UPDATE astra.{table.Table} AS t SET job_id = u.job_id
            FROM unnest(@keys, @jobs) AS u(key, job_id)
            WHERE t.{table.KeyColumn} = u.key
            """;
        return db.Database.ExecuteSqlRawAsync(
            sql,
            [new NpgsqlParameter("keys", keys.ToArray()), new NpgsqlParameter("jobs", jobIds.ToArray())],
            cancellationToken);
    }

    /// <summary>
    /// A job's first step: the row passes to the node running the job (whose heartbeat holds it from now on), if it still
    /// carries the job's claim. False: the row is gone or was claimed again (the job is a stale re-run of a dead node's) —
    /// the job must do nothing.
    /// </summary>
    public static async Task<bool> AdoptAsync<TKey>(
        WorkflowsDbContext db, DueRowTable table, TKey key, DateTimeOffset claim, Guid node, CancellationToken cancellationToken)
        where TKey : notnull
    {
        var sql = $"UPDATE astra.{table.Table} SET claimed_by = @node WHERE {table.KeyColumn} = @key AND dispatched_at = @claim";
        return await db.Database.ExecuteSqlRawAsync(
            sql,
            [new NpgsqlParameter("key", key), new NpgsqlParameter("claim", claim), new NpgsqlParameter("node", node)],
            cancellationToken) == 1;
    }

    /// <summary>Hands a row whose job ran early back to the scheduler, which dispatches it again when it is due.</summary>
    public static Task<int> ReleaseAsync<TKey>(WorkflowsDbContext db, DueRowTable table, TKey key, CancellationToken cancellationToken)
        where TKey : notnull
    {
        var sql = $"UPDATE astra.{table.Table} SET dispatched_at = NULL, job_id = NULL, claimed_by = NULL WHERE {table.KeyColumn} = @key";
        return db.Database.ExecuteSqlRawAsync(sql, [new NpgsqlParameter("key", key)], cancellationToken);
    }
}
