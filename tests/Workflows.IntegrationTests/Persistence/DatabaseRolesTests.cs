using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.DevelopmentSupport.PrivateCluster;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Persistence;

/// <summary>A developer's database from before the two roles (all owned by the superuser) keeps working: it is handed to the owner role.</summary>
public sealed class DatabaseRolesTests
{
    [Fact]
    public async Task A_database_created_by_the_superuser_is_handed_to_the_owner_and_the_runtime_role_gets_only_insert_on_the_audit_log()
    {
        var superuser = await TestDatabaseServer.CreateDatabaseAsync("handover");
        // The old way: migrations and Hangfire's schema as the superuser.
        await using (var provider = new ServiceCollection().AddWorkflowsPersistence(superuser).BuildServiceProvider())
        {
            await using var scope = provider.CreateAsyncScope();
            await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>());
        }

        await using (var connection = new NpgsqlConnection(superuser))
        {
            await connection.OpenAsync();
            Hangfire.PostgreSql.PostgreSqlObjectsInstaller.Install(connection, "hangfire");
        }

        var database = new NpgsqlConnectionStringBuilder(superuser).Database!;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var logins = await DatabaseProvisioning.ProvisionAsync(
            superuser, database, new RoleLogin($"owner_{suffix}", "owner-Passw0rd"), new RoleLogin($"app_{suffix}", "app-Passw0rd"));
        await DatabaseMigrator.MigrateAsync(logins.OwnerConnectionString);
        await DatabaseGrants.GrantRuntimeAsync(logins.OwnerConnectionString, $"app_{suffix}", [WorkflowsDbContext.Schema, "hangfire"]);

        await using var runtime = new NpgsqlConnection(logins.RuntimeConnectionString);
        await runtime.OpenAsync();
        await using (var select = new NpgsqlCommand("SELECT count(*) FROM astra.audit_log; SELECT count(*) FROM hangfire.job", runtime))
        {
            await select.ExecuteNonQueryAsync();
        }

        await using var alter = new NpgsqlCommand("ALTER TABLE astra.audit_log DISABLE TRIGGER ALL", runtime);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await Assert.ThrowsAsync<PostgresException>(() => alter.ExecuteNonQueryAsync())).SqlState);
        await using var owners = new NpgsqlConnection(superuser);
        await owners.OpenAsync();
        await using var count = new NpgsqlCommand("""
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN ('astra', 'hangfire') AND c.relkind IN ('r', 'S') AND pg_get_userbyid(c.relowner) <> @owner
            """, owners);
        count.Parameters.AddWithValue("owner", $"owner_{suffix}");
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_migrate_command_migrates_as_the_owner_and_grants_the_runtime_login()
    {
        var database = await TestDatabaseServer.CreateDatabaseWithLoginsAsync("migrate");
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder();
        builder.Configuration["ConnectionStrings:AstraOwner"] = database.Owner;
        var previous = Environment.ExitCode;
        try
        {
            Assert.True(await Host.Security.SecurityCommands.TryRunAsync(builder, database.Runtime, ["migrate"]));
            Assert.Equal(0, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = previous;
        }

        await using var runtime = new NpgsqlConnection(database.Runtime);
        await runtime.OpenAsync();
        await using (var insert = new NpgsqlCommand("SELECT count(*) FROM hangfire.job; SELECT count(*) FROM astra.cases", runtime))
        {
            await insert.ExecuteNonQueryAsync();
        }

        await using var update = new NpgsqlCommand("UPDATE astra.audit_log SET outcome = 'x'", runtime);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, (await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync())).SqlState);
    }
}
