using System.Security.Cryptography;
using Astra.Workflows.DevelopmentSupport.PrivateCluster;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Infrastructure;

/// <summary>The three logins of a test database: the superuser (resets, tampering), the migration owner and the service's runtime role.</summary>
public sealed record TestDatabase(string Superuser, string Owner, string Runtime);

/// <summary>
/// One throwaway PostgreSQL cluster per test run, shared by every collection; each collection gets its own
/// database. <c>ASTRA_TEST_CONNECTION</c> (or <c>ConnectionStrings__Astra</c>) points the tests at an
/// existing server instead (a superuser login: the tests create roles and databases).
/// </summary>
internal static class TestDatabaseServer
{
    public const string FolderPrefix = "astra-pg-test-";
    private static readonly Lazy<Task<string>> Server = new(StartAsync);
    private static readonly SemaphoreSlim Provisioning = new(1, 1);

    /// <summary>Role names unique to this run on a shared server; the private cluster is ours alone.</summary>
    private static readonly string RoleSuffix = IsExternal ? "_" + Guid.NewGuid().ToString("N")[..8] : string.Empty;
    private static readonly RoleLogin Owner = new(PrivatePostgres.OwnerRole + RoleSuffix, Convert.ToHexString(RandomNumberGenerator.GetBytes(18)));
    private static readonly RoleLogin Runtime = new(PrivatePostgres.RuntimeRole + RoleSuffix, Convert.ToHexString(RandomNumberGenerator.GetBytes(18)));

    private static bool IsExternal => !string.IsNullOrWhiteSpace(ExternalConnection);

    private static string? ExternalConnection =>
        Environment.GetEnvironmentVariable("ASTRA_TEST_CONNECTION") ?? Environment.GetEnvironmentVariable("ConnectionStrings__Astra");

    public static Task<string> MaintenanceConnectionStringAsync() => Server.Value;

    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var maintenance = await Server.Value;
        var name = NewName(purpose);
        await using (var connection = new NpgsqlConnection(maintenance))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(maintenance) { Database = name }.ConnectionString;
    }

    /// <summary>A database owned by the owner role, with the runtime role the host runs as (as in production).</summary>
    public static async Task<TestDatabase> CreateDatabaseWithLoginsAsync(string purpose)
    {
        var maintenance = await Server.Value;
        var name = NewName(purpose);
        // Collections start in parallel; concurrent CREATE/ALTER ROLE of the same role would conflict.
        await Provisioning.WaitAsync();
        try
        {
            var logins = await DatabaseProvisioning.ProvisionAsync(maintenance, name, Owner, Runtime);
            return new TestDatabase(
                new NpgsqlConnectionStringBuilder(maintenance) { Database = name }.ConnectionString,
                logins.OwnerConnectionString,
                logins.RuntimeConnectionString);
        }
        finally
        {
            Provisioning.Release();
        }
    }

    private static string NewName(string purpose) => $"astra_{purpose}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();

    private static async Task<string> StartAsync()
    {
        if (IsExternal)
        {
            return ExternalConnection!;
        }

        var parent = Path.GetTempPath();
        await PrivatePostgres.CleanUpAbandonedAsync(parent, FolderPrefix);
        var folder = Path.Combine(parent, FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        var cluster = await PrivatePostgres.StartAsync(new PrivatePostgresOptions(folder, DeleteOnStop: true));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster.ConnectionString;
    }
}
