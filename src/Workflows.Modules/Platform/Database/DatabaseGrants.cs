using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Audit;
using Npgsql;

namespace Astra.Workflows.Modules.Platform.Database;

/// <summary>
/// The runtime role's rights, granted by the owner after every migration run (idempotent): ordinary DML on our
/// tables, use of their sequences, and on the audit log only SELECT and INSERT. Not owning any table, the runtime
/// role can neither ALTER a table nor switch a trigger off, so the service's own login cannot rewrite the audit.
/// Default privileges cover tables a later migration creates before this runs again.
/// </summary>
public static class DatabaseGrants
{
    public static async Task GrantRuntimeAsync(
        string ownerConnectionString, string runtimeRole, IReadOnlyList<string> schemas, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runtimeRole);
        ArgumentNullException.ThrowIfNull(schemas);
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var schema in schemas)
        {
            await ExecuteAsync(connection, transaction, $"""
                GRANT USAGE ON SCHEMA {Quote(schema)} TO {Quote(runtimeRole)};
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {Quote(schema)} TO {Quote(runtimeRole)};
                GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {Quote(schema)} TO {Quote(runtimeRole)};
                ALTER DEFAULT PRIVILEGES IN SCHEMA {Quote(schema)} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {Quote(runtimeRole)};
                ALTER DEFAULT PRIVILEGES IN SCHEMA {Quote(schema)} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {Quote(runtimeRole)};
                """, cancellationToken);
        }

        await ExecuteAsync(connection, transaction, $"""
            REVOKE ALL ON {AuditSql.Table} FROM {Quote(runtimeRole)};
            GRANT SELECT, INSERT ON {AuditSql.Table} TO {Quote(runtimeRole)};
            REVOKE ALL ON {Quote(WorkflowsDbContext.Schema)}."__EFMigrationsHistory" FROM {Quote(runtimeRole)};
            GRANT SELECT ON {Quote(WorkflowsDbContext.Schema)}."__EFMigrationsHistory" TO {Quote(runtimeRole)};
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Quotes an identifier the way PostgreSQL's quote_ident does, so role names from settings cannot inject SQL.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // Identifiers are quoted by Quote; nothing else is interpolated.
        await using var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
