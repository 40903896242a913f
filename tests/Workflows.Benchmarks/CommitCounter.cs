using System.Diagnostics;
using Npgsql;

namespace Astra.Workflows.Benchmarks;

/// <summary>
/// Reads commit counters for the benchmark database. It queries from the <c>postgres</c> maintenance
/// database, so its own transactions land in another <c>pg_stat_database</c> row and never need subtracting.
/// Statistics lag: a backend publishes its counts at most once a second while busy and up to ten seconds later
/// when idle, so before reading we close the pooled connections (an exiting backend flushes its counts), wait
/// for the backends to go, then read until two reads a short pause apart agree.
/// </summary>
internal sealed class CommitCounter(string maintenanceConnectionString, string database)
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public async Task<CommitSnapshot> SettleAndReadAsync(CancellationToken cancellationToken)
    {
        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(maintenanceConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        var clock = Stopwatch.StartNew();
        while (await CountBackendsAsync(connection, cancellationToken) > 0 && clock.Elapsed < Patience)
        {
            await Task.Delay(100, cancellationToken);
        }

        var previous = await ReadAsync(connection, cancellationToken);
        while (true)
        {
            await Task.Delay(Pause, cancellationToken);
            var current = await ReadAsync(connection, cancellationToken);
            if (current.XactCommits == previous.XactCommits || clock.Elapsed > Patience)
            {
                return current;
            }

            previous = current;
        }
    }

    private async Task<long> CountBackendsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = database });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<CommitSnapshot> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // Within one transaction the statistics are a cached snapshot; drop it so this read is fresh.
        await using (var clear = new NpgsqlCommand("SELECT pg_stat_clear_snapshot()", connection))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand(
            """
            SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = $1),
                   pg_snapshot_xmax(pg_current_snapshot())::text::bigint,
                   (SELECT wal_sync FROM pg_stat_wal)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = database });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new CommitSnapshot(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
