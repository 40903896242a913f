using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Astra.Workflows.DevelopmentSupport.PrivateCluster;

/// <summary>
/// A PostgreSQL cluster of our own on a free loopback port, for the Development host and the tests.
/// Folder layout: <c>pgdata/</c> (the cluster), <c>password</c> (superuser password, 0600),
/// <c>owner.pid</c> (the process that runs it, so a later run can clean up after a killed one),
/// <c>astra_owner.password</c> and <c>astra_app.password</c> (the two service logins, 0600).
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    public const string OwnerRole = "astra_owner";
    public const string RuntimeRole = "astra_app";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(120);
    private readonly PrivatePostgresOptions options;
    private readonly PostgresBinaries binaries;
    private int stopped;

    private PrivatePostgres(PrivatePostgresOptions options, PostgresBinaries binaries, int port, string password)
    {
        this.options = options;
        this.binaries = binaries;
        Port = port;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = CommandRunner.ServiceUser,
            Password = password,
            Database = "postgres",
            Pooling = true,
        }.ConnectionString;
    }

    public int Port { get; }

    /// <summary>Connection string to the <c>postgres</c> maintenance database as the superuser.</summary>
    public string ConnectionString { get; }

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    /// <summary>
    /// Creates <paramref name="database"/> owned by <see cref="OwnerRole"/> and the runtime login <see cref="RuntimeRole"/>,
    /// as production has them (docs/security.md, "Database roles"); passwords are generated once and kept in the cluster folder.
    /// </summary>
    public async Task<DatabaseLogins> ProvisionDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        var owner = new RoleLogin(OwnerRole, await PasswordForAsync(OwnerRole, cancellationToken));
        var runtime = new RoleLogin(RuntimeRole, await PasswordForAsync(RuntimeRole, cancellationToken));
        return await DatabaseProvisioning.ProvisionAsync(ConnectionString, database, owner, runtime, cancellationToken);
    }

    private async Task<string> PasswordForAsync(string role, CancellationToken cancellationToken)
    {
        var file = Path.Combine(options.DataDirectory, role + ".password");
        if (File.Exists(file))
        {
            return (await File.ReadAllTextAsync(file, cancellationToken)).Trim();
        }

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        await File.WriteAllTextAsync(file, password, cancellationToken);
        RestrictTo(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return password;
    }

    private string ClusterDirectory => Path.Combine(options.DataDirectory, "pgdata");

    public static async Task<PrivatePostgres> StartAsync(PrivatePostgresOptions options, CancellationToken cancellationToken = default)
    {
        var binaries = PostgresBinaries.Locate();
        var root = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(root);
        if (CommandRunner.RunsAsRoot)
        {
            // The service user owns the folder so initdb can create the cluster in it; root still reads the password file.
            await CommandRunner.RunCheckedAsync("chown", [$"{CommandRunner.ServiceUser}:", root], root, false, CommandTimeout);
        }

        var resolved = options with { DataDirectory = root };
        var password = await EnsureClusterAsync(resolved, binaries);
        await File.WriteAllTextAsync(Path.Combine(root, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture), cancellationToken);

        var port = options.Port == 0 ? FreeLoopbackPort() : options.Port;
        var cluster = new PrivatePostgres(resolved, binaries, port, password);
        await cluster.StopIfRunningAsync();
        await cluster.StartServerAsync(cancellationToken);
        return cluster;
    }

    /// <summary>
    /// Stops and removes throwaway clusters under <paramref name="parent"/> whose owning process is gone
    /// (a test run killed before it could clean up).
    /// </summary>
    public static async Task CleanUpAbandonedAsync(string parent, string prefix)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var dir in Directory.GetDirectories(parent, prefix + "*"))
        {
            var pidFile = Path.Combine(dir, "owner.pid");
            if (!File.Exists(pidFile) || !int.TryParse(await File.ReadAllTextAsync(pidFile), out var pid) || IsAlive(pid))
            {
                continue;
            }

            try
            {
                var binaries = PostgresBinaries.Locate();
                var pgdata = Path.Combine(dir, "pgdata");
                if (File.Exists(Path.Combine(pgdata, "postmaster.pid")))
                {
                    await CommandRunner.RunAsync(binaries.PgCtl, ["stop", "-D", pgdata, "-m", "immediate", "-w"], dir, true, CommandTimeout);
                }

                Directory.Delete(dir, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or PrivatePostgresException)
            {
                // Another run may be cleaning the same folder; leaving it for the next run is harmless.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }

        await CommandRunner.RunAsync(binaries.PgCtl, ["stop", "-D", ClusterDirectory, "-m", "fast", "-w"], options.DataDirectory, true, CommandTimeout);
        if (options.DeleteOnStop)
        {
            try
            {
                Directory.Delete(options.DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A cluster folder left behind is removed by the next run's clean-up.
            }
        }
        else
        {
            File.Delete(Path.Combine(options.DataDirectory, "owner.pid"));
        }
    }

    /// <summary>
    /// Restarts the server in place (the fault suite's database restart): <paramref name="mode"/> is pg_ctl's shutdown mode,
    /// <c>fast</c> (clients cut, clean shutdown) or <c>immediate</c> (no shutdown, crash recovery on start).
    /// </summary>
    public async Task RestartAsync(string mode, CancellationToken cancellationToken = default)
    {
        if (mode is not ("fast" or "immediate" or "smart"))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "pg_ctl shutdown mode: fast, immediate or smart.");
        }

        await CommandRunner.RunCheckedAsync(binaries.PgCtl, ["stop", "-D", ClusterDirectory, "-m", mode, "-w"], options.DataDirectory, true, CommandTimeout);
        await StartServerAsync(cancellationToken);
    }

    /// <summary>Synchronous stop for process-exit handlers, where nothing can be awaited.</summary>
    public void Stop() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static async Task<string> EnsureClusterAsync(PrivatePostgresOptions options, PostgresBinaries binaries)
    {
        var passwordFile = Path.Combine(options.DataDirectory, "password");
        var pgdata = Path.Combine(options.DataDirectory, "pgdata");
        if (File.Exists(Path.Combine(pgdata, "PG_VERSION")) && File.Exists(passwordFile))
        {
            return (await File.ReadAllTextAsync(passwordFile)).Trim();
        }

        if (Directory.Exists(pgdata))
        {
            // A half-created cluster (initdb interrupted) cannot be repaired; it never held data.
            Directory.Delete(pgdata, recursive: true);
        }

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        await File.WriteAllTextAsync(passwordFile, password);
        RestrictTo(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        // initdb reads the password from a file the service user can open; it lives only as long as initdb runs.
        var initPasswordFile = Path.Combine(options.DataDirectory, ".initdb-password");
        await File.WriteAllTextAsync(initPasswordFile, password);
        RestrictTo(initPasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        try
        {
            await CommandRunner.RunCheckedAsync(
                binaries.InitDb,
                ["-D", pgdata, "-U", CommandRunner.ServiceUser, "--auth-host=scram-sha-256", "--auth-local=peer",
                 $"--pwfile={initPasswordFile}", "-E", "UTF8", "--locale=C"],
                options.DataDirectory, true, CommandTimeout);
        }
        finally
        {
            File.Delete(initPasswordFile);
        }

        await File.AppendAllTextAsync(Path.Combine(pgdata, "postgresql.conf"), """

            # AstraWorkflows private cluster: loopback only, no socket folder outside our data, durable writes.
            listen_addresses = '127.0.0.1'
            unix_socket_directories = ''
            fsync = on
            max_connections = 300
            """);
        return password;
    }

    private async Task StopIfRunningAsync()
    {
        if (!File.Exists(Path.Combine(ClusterDirectory, "postmaster.pid")))
        {
            return;
        }

        // A previous run was killed and left its server behind (or a stale pid file): stop it before starting ours.
        var (status, _) = await CommandRunner.RunAsync(binaries.PgCtl, ["status", "-D", ClusterDirectory], options.DataDirectory, true, CommandTimeout);
        if (status == 0)
        {
            await CommandRunner.RunCheckedAsync(binaries.PgCtl, ["stop", "-D", ClusterDirectory, "-m", "fast", "-w"], options.DataDirectory, true, CommandTimeout);
        }
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var log = Path.Combine(options.DataDirectory, "postgres.log");
        await CommandRunner.RunCheckedAsync(
            binaries.PgCtl,
            ["start", "-D", ClusterDirectory, "-w", "-t", "60", "-l", log, "-o", $"-p {Port.ToString(CultureInfo.InvariantCulture)}"],
            options.DataDirectory, true, CommandTimeout);
        await WaitUntilAcceptingAsync(cancellationToken);
    }

    private async Task WaitUntilAcceptingAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException) when (deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(200, cancellationToken);
            }
        }
    }

    private static void RestrictTo(string file, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, mode);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
