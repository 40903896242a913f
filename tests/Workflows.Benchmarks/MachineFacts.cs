using System.Runtime.InteropServices;
using Npgsql;

namespace Astra.Workflows.Benchmarks;

/// <summary>What the figures depend on: cores, load, runtime and the server's durability settings.</summary>
internal sealed record MachineFacts(int Cores, string LoadAverage, string Os, string Runtime, string ServerVersion, string Fsync, string SynchronousCommit, string WalSyncMethod)
{
    public static async Task<MachineFacts> ReadAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return new MachineFacts(
            Environment.ProcessorCount,
            File.Exists("/proc/loadavg") ? string.Join(' ', (await File.ReadAllTextAsync("/proc/loadavg", cancellationToken)).Split(' ').Take(3)) : "n/a",
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            await ShowAsync(connection, "server_version", cancellationToken),
            await ShowAsync(connection, "fsync", cancellationToken),
            await ShowAsync(connection, "synchronous_commit", cancellationToken),
            await ShowAsync(connection, "wal_sync_method", cancellationToken));
    }

    private static async Task<string> ShowAsync(NpgsqlConnection connection, string setting, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SHOW {setting}", connection);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
