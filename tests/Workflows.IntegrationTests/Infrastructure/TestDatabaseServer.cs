using Astra.Workflows.Persistence.PrivateCluster;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL cluster per test run, shared by every collection; each collection gets its own
/// database. <c>ASTRA_TEST_CONNECTION</c> (or <c>ConnectionStrings__Astra</c>) points the tests at an
/// existing server instead.
/// </summary>
internal static class TestDatabaseServer
{
    public const string FolderPrefix = "astra-pg-test-";
    private static readonly Lazy<Task<string>> Server = new(StartAsync);

    public static Task<string> MaintenanceConnectionStringAsync() => Server.Value;

    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var maintenance = await Server.Value;
        var name = $"astra_{purpose}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(maintenance))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(maintenance) { Database = name }.ConnectionString;
    }

    private static async Task<string> StartAsync()
    {
        var existing = Environment.GetEnvironmentVariable("ASTRA_TEST_CONNECTION")
            ?? Environment.GetEnvironmentVariable("ConnectionStrings__Astra");
        if (!string.IsNullOrWhiteSpace(existing))
        {
            return existing;
        }

        var parent = Path.GetTempPath();
        await PrivatePostgres.CleanUpAbandonedAsync(parent, FolderPrefix);
        var folder = Path.Combine(parent, FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        var cluster = await PrivatePostgres.StartAsync(new PrivatePostgresOptions(folder, DeleteOnStop: true));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster.ConnectionString;
    }
}
