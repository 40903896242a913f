using System.Globalization;
using System.Net.Sockets;
using Astra.Workflows.DevelopmentSupport.PrivateCluster;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Persistence;

public sealed class PrivatePostgresTests
{
    [Fact]
    public async Task Cluster_listens_on_loopback_with_fsync_on_and_removes_its_folder_when_throwaway()
    {
        var folder = NewFolder();
        var cluster = await PrivatePostgres.StartAsync(new PrivatePostgresOptions(folder, DeleteOnStop: true));
        await using (var connection = new NpgsqlConnection(cluster.ConnectionString))
        {
            await connection.OpenAsync();
            Assert.Equal("on", await ScalarAsync(connection, "SHOW fsync"));
            Assert.Equal("127.0.0.1", await ScalarAsync(connection, "SHOW listen_addresses"));
        }

        await cluster.DisposeAsync();

        Assert.False(Directory.Exists(folder));
        await Assert.ThrowsAsync<SocketException>(async () =>
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync("127.0.0.1", cluster.Port);
        });
    }

    [Fact]
    public async Task Persistent_cluster_keeps_its_data_across_a_restart()
    {
        var folder = NewFolder();
        try
        {
            await using (var first = await PrivatePostgres.StartAsync(new PrivatePostgresOptions(folder, DeleteOnStop: false)))
            {
                await using var connection = new NpgsqlConnection(first.ConnectionString);
                await connection.OpenAsync();
                await ScalarAsync(connection, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here'); SELECT 'ok'");
            }

            await using var second = await PrivatePostgres.StartAsync(new PrivatePostgresOptions(folder, DeleteOnStop: false));
            await using var again = new NpgsqlConnection(second.ConnectionString);
            await again.OpenAsync();
            Assert.Equal("still here", await ScalarAsync(again, "SELECT v FROM kept"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_server_left_running_by_a_killed_run_is_stopped_and_replaced()
    {
        var folder = NewFolder();
        try
        {
            // Never disposed: this is the run that was killed.
            var abandoned = await PrivatePostgres.StartAsync(new PrivatePostgresOptions(folder, DeleteOnStop: false));

            await using var next = await PrivatePostgres.StartAsync(new PrivatePostgresOptions(folder, DeleteOnStop: false));
            await using var connection = new NpgsqlConnection(next.ConnectionString);
            await connection.OpenAsync();
            Assert.Equal(next.Port.ToString(CultureInfo.InvariantCulture), await ScalarAsync(connection, "SHOW port"));
            if (abandoned.Port != next.Port)
            {
                await Assert.ThrowsAsync<SocketException>(async () =>
                {
                    using var tcp = new TcpClient();
                    await tcp.ConnectAsync("127.0.0.1", abandoned.Port);
                });
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Abandoned_throwaway_clusters_are_cleaned_up()
    {
        var parent = Path.Combine(Path.GetTempPath(), "astra-pg-cleanup-" + Guid.NewGuid().ToString("N")[..8]);
        var folder = Path.Combine(parent, "astra-pg-test-dead");
        var cluster = await PrivatePostgres.StartAsync(new PrivatePostgresOptions(folder, DeleteOnStop: true));
        // Pretend the owning test run died: no live process has this id.
        await File.WriteAllTextAsync(Path.Combine(folder, "owner.pid"), int.MaxValue.ToString(CultureInfo.InvariantCulture));

        await PrivatePostgres.CleanUpAbandonedAsync(parent, "astra-pg-test-");

        Assert.False(Directory.Exists(folder));
        await Assert.ThrowsAsync<SocketException>(async () =>
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync("127.0.0.1", cluster.Port);
        });
        Directory.Delete(parent, recursive: true);
    }

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "astra-pg-unit-" + Guid.NewGuid().ToString("N")[..12]);

    private static async Task<string?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
