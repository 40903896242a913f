using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Astra.Workflows.Modules.Definitions.Timers;

/// <summary>A table of due rows handed to Hangfire: it has <c>dispatched_at</c> and <c>job_id</c> columns beside its key and due time.</summary>
internal sealed record DueRowTable(string Table, string KeyColumn, string DueColumn);

/// <summary>
/// The claim every dispatcher makes: due rows not yet dispatched (or dispatched so long ago that the job must
/// have been lost) are marked with SKIP LOCKED, so nodes share the work without handing one row out twice at once.
/// </summary>
internal static class DueRows
{
    public static Task<List<TKey>> ClaimAsync<TKey>(
        WorkflowsDbContext db, DueRowTable table, DateTimeOffset now, DateTimeOffset stale, int limit, CancellationToken cancellationToken)
    {
        // Identifiers come from the constant tables below, never from input; values are parameters.
        var sql = $"""
            UPDATE astra.{table.Table} SET dispatched_at = @now, job_id = NULL
            WHERE {table.KeyColumn} IN (
                SELECT {table.KeyColumn} FROM astra.{table.Table}
                WHERE {table.DueColumn} <= @now AND (dispatched_at IS NULL OR dispatched_at < @stale)
                ORDER BY {table.DueColumn}
                LIMIT @limit
                FOR UPDATE SKIP LOCKED)
            RETURNING {table.KeyColumn} AS "Value"
            """;
        return db.Database.SqlQueryRaw<TKey>(
            sql,
            new NpgsqlParameter("now", now),
            new NpgsqlParameter("stale", stale),
            new NpgsqlParameter("limit", limit)).ToListAsync(cancellationToken);
    }
}
