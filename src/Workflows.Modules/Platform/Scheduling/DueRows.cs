using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Astra.Workflows.Modules.Platform.Scheduling;

/// <summary>A table of due rows handed to Hangfire: it has <c>dispatched_at</c> and <c>job_id</c> columns beside its key and due time.</summary>
public sealed record DueRowTable(string Table, string KeyColumn, string DueColumn);

/// <summary>
/// The claim of tables shaped like <see cref="DueRowTable"/>: due rows not yet dispatched are marked with SKIP LOCKED, so
/// nodes share the work without handing one row out twice at once. <c>job_id</c> is the lease's second stage: a claim
/// without one (its node died before enqueueing) is free again after the short lease, one with a job after the job lease.
/// </summary>
public static class DueRows
{
    // Identifiers come from the sources' constant tables, never from input; values are parameters.
    public static Task<List<TKey>> ClaimAsync<TKey>(WorkflowsDbContext db, DueRowTable table, DueClaim claim, CancellationToken cancellationToken)
    {
        var sql = $"""
            UPDATE astra.{table.Table} SET dispatched_at = @now, job_id = NULL
            WHERE {table.KeyColumn} IN (
                SELECT {table.KeyColumn} FROM astra.{table.Table}
                WHERE {table.DueColumn} <= @now
                  AND (dispatched_at IS NULL OR dispatched_at < @job_stale OR (job_id IS NULL AND dispatched_at < @claim_stale))
                ORDER BY {table.DueColumn}
                LIMIT @limit
                FOR UPDATE SKIP LOCKED)
            RETURNING {table.KeyColumn} AS "Value"
            """;
        return db.Database.SqlQueryRaw<TKey>(
            sql,
            new NpgsqlParameter("now", claim.Now),
            new NpgsqlParameter("claim_stale", claim.ClaimStale),
            new NpgsqlParameter("job_stale", claim.JobStale),
            new NpgsqlParameter("limit", claim.Limit)).ToListAsync(cancellationToken);
    }

    /// <summary>Stores each row's Hangfire job id in one statement: the row is now held by its job (the job lease), not by the claim.</summary>
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

    /// <summary>Hands a row whose job ran early back to the scheduler, which dispatches it again when it is due.</summary>
    public static Task<int> ReleaseAsync<TKey>(WorkflowsDbContext db, DueRowTable table, TKey key, CancellationToken cancellationToken)
        where TKey : notnull
    {
        var sql = $"UPDATE astra.{table.Table} SET dispatched_at = NULL, job_id = NULL WHERE {table.KeyColumn} = @key";
        return db.Database.ExecuteSqlRawAsync(sql, [new NpgsqlParameter("key", key)], cancellationToken);
    }
}
