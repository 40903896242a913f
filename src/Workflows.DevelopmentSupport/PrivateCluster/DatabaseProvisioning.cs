using Npgsql;

namespace Astra.Workflows.DevelopmentSupport.PrivateCluster;

/// <summary>A login role and its password.</summary>
public sealed record RoleLogin(string Role, string Password);

/// <summary>The two logins of one database: migrations run as the owner, the service as the runtime role.</summary>
public sealed record DatabaseLogins(string OwnerConnectionString, string RuntimeConnectionString);

/// <summary>
/// What a DBA does once for production (docs/security.md, "Database roles"), done for the private cluster and the
/// tests: two login roles, neither a superuser, and a database owned by the owner role. The runtime role gets its
/// rights from <see cref="DatabaseGrants"/> when migrations run.
/// </summary>
public static class DatabaseProvisioning
{
    public static async Task<DatabaseLogins> ProvisionAsync(
        string superuserConnectionString, string database, RoleLogin owner, RoleLogin runtime, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(runtime);
        var maintenance = new NpgsqlConnectionStringBuilder(superuserConnectionString) { Database = "postgres" }.ConnectionString;
        await using (var connection = new NpgsqlConnection(maintenance))
        {
            await connection.OpenAsync(cancellationToken);
            await EnsureLoginAsync(connection, owner, cancellationToken);
            await EnsureLoginAsync(connection, runtime, cancellationToken);
            await EnsureDatabaseAsync(connection, database, owner.Role, cancellationToken);
        }

        await HandOverAsync(new NpgsqlConnectionStringBuilder(superuserConnectionString) { Database = database }.ConnectionString, owner.Role, cancellationToken);
        return new DatabaseLogins(LoginTo(superuserConnectionString, database, owner), LoginTo(superuserConnectionString, database, runtime));
    }

    private static string LoginTo(string superuserConnectionString, string database, RoleLogin login) =>
        new NpgsqlConnectionStringBuilder(superuserConnectionString)
        {
            Database = database,
            Username = login.Role,
            Password = login.Password,
        }.ConnectionString;

    /// <summary>Creates the role or resets its password to the one we hold; never a superuser, never able to create roles.</summary>
    private static async Task EnsureLoginAsync(NpgsqlConnection connection, RoleLogin login, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_roles WHERE rolname = @role", connection);
        exists.Parameters.AddWithValue("role", login.Role);
        var verb = await exists.ExecuteScalarAsync(cancellationToken) is null ? "CREATE" : "ALTER";
        await using var build = new NpgsqlCommand(
            $"SELECT format('{verb} ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD %L', @role::text, @password::text)", connection);
        build.Parameters.AddWithValue("role", login.Role);
        build.Parameters.AddWithValue("password", login.Password);
        var sql = (string)(await build.ExecuteScalarAsync(cancellationToken))!;
#pragma warning disable CA2100 // Built by format() with %I/%L quoting above.
        await using var run = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await run.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task EnsureDatabaseAsync(NpgsqlConnection connection, string database, string ownerRole, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        var verb = await exists.ExecuteScalarAsync(cancellationToken) is null ? "CREATE DATABASE %I OWNER %I" : "ALTER DATABASE %I OWNER TO %I";
        await using var build = new NpgsqlCommand($"SELECT format('{verb}', @name::text, @owner::text)", connection);
        build.Parameters.AddWithValue("name", database);
        build.Parameters.AddWithValue("owner", ownerRole);
        var sql = (string)(await build.ExecuteScalarAsync(cancellationToken))!;
#pragma warning disable CA2100 // Built by format() with %I quoting above.
        await using var run = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await run.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// A database created before the two roles (a developer's .data/postgres) holds tables owned by the superuser,
    /// which the owner role could not migrate. Hand every object of our schemas to the owner; a no-op when fresh.
    /// </summary>
    private static async Task HandOverAsync(string databaseConnectionString, string ownerRole, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(databaseConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            DO $$
            DECLARE
                target text := current_setting('astra.hand_over_to');
                r record;
            BEGIN
                FOR r IN SELECT n.nspname FROM pg_namespace n
                         WHERE n.nspname IN ('astra', 'hangfire') AND pg_get_userbyid(n.nspowner) <> target LOOP
                    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', r.nspname, target);
                END LOOP;
                FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname IN ('astra', 'hangfire') AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                           AND pg_get_userbyid(c.relowner) <> target
                           -- Sequences of serial and identity columns move with their table.
                           AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))) LOOP
                    EXECUTE format('ALTER %s %s OWNER TO %I', CASE WHEN r.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, r.name, target);
                END LOOP;
                FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                         WHERE n.nspname IN ('astra', 'hangfire') AND pg_get_userbyid(p.proowner) <> target LOOP
                    EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.name, target);
                END LOOP;
            END $$;
            """, connection);
        await using (var set = new NpgsqlCommand("SELECT set_config('astra.hand_over_to', @role, false)", connection))
        {
            set.Parameters.AddWithValue("role", ownerRole);
            await set.ExecuteNonQueryAsync(cancellationToken);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
