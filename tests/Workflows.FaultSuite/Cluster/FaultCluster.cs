using System.Reflection;
using System.Security.Cryptography;
using Astra.Workflows.DevelopmentSupport.PrivateCluster;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Npgsql;

namespace Astra.Workflows.FaultSuite.Cluster;

/// <summary>
/// Three nodes of the built host over one private PostgreSQL cluster, a real SMTP catcher behind a gate that can hang,
/// and the keys every node shares (as nodes of one deployment would).
/// </summary>
internal sealed class FaultCluster : IAsyncDisposable
{
    public const string Password = "Fault-Suite-Passw0rd!";
    private const string FolderPrefix = "astra-pg-fault-";
    private readonly Dictionary<string, string> settings;
    private readonly string hostDll;
    private int restarts;

    private FaultCluster(PrivatePostgres postgres, string superuser, SmtpCatcher smtp, SmtpGate gate, Dictionary<string, string> settings, string hostDll, string logFolder)
    {
        Postgres = postgres;
        Superuser = superuser;
        Smtp = smtp;
        Gate = gate;
        this.settings = settings;
        this.hostDll = hostDll;
        LogFolder = logFolder;
    }

    public PrivatePostgres Postgres { get; }

    /// <summary>The superuser on the suite's database: the suite reads what happened straight from the tables.</summary>
    public string Superuser { get; }

    public SmtpCatcher Smtp { get; }

    public SmtpGate Gate { get; }

    public string LogFolder { get; }

    public List<HostNode> Nodes { get; } = [];

    public static async Task<FaultCluster> StartAsync()
    {
        var hostDll = HostDll();
        var parent = Path.GetTempPath();
        await PrivatePostgres.CleanUpAbandonedAsync(parent, FolderPrefix);
        var folder = Path.Combine(parent, FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        var postgres = await PrivatePostgres.StartAsync(new PrivatePostgresOptions(folder, DeleteOnStop: true));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => postgres.Stop();
        var logins = await postgres.ProvisionDatabaseAsync("astra_fault");
        var smtp = await SmtpCatcher.StartAsync();
        var gate = new SmtpGate(smtp.SmtpPort);
        var logFolder = Path.Combine(parent, "astra-fault-logs-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture));
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ConnectionStrings__Astra"] = logins.RuntimeConnectionString,
            ["ConnectionStrings__AstraOwner"] = logins.OwnerConnectionString,
            // One deployment: every node holds the same keys.
            ["Astra__Security__MasterKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Astra__Security__AuditKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Astra__Security__AuditAnchorDirectory"] = Path.Combine(folder, "anchors"),
            ["Astra__Security__RequireTwoFactor"] = "false",
            ["Astra__Security__SignInPermitsPerMinute"] = "100000",
            ["Astra__Demo__Seed"] = "true",
            ["Astra__Demo__Password"] = Password,
            ["Astra__Demo__Cases"] = "false",
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = gate.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp__Security"] = "None",
            // Mails failed during the hang are retried soon after it ends rather than minutes later (docs/fault-suite.md).
            ["Astra__Notifications__FirstRetryDelay"] = "00:00:05",
            ["Astra__Notifications__MaxAttempts"] = "12",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__Console__FormatterName"] = "simple",
        };
        return new FaultCluster(postgres, postgres.ConnectionStringFor("astra_fault"), smtp, gate, settings, hostDll, logFolder);
    }

    /// <summary>The first node migrates and seeds alone; the other two start together once it is ready.</summary>
    public async Task StartNodesAsync(int count)
    {
        var first = HostNode.Start(hostDll, "node1", settings, LogFolder);
        Nodes.Add(first);
        await first.WaitReadyAsync(TimeSpan.FromMinutes(2));
        var others = Enumerable.Range(2, count - 1).Select(i => HostNode.Start(hostDll, $"node{i}", settings, LogFolder)).ToList();
        Nodes.AddRange(others);
        await Task.WhenAll(others.Select(n => n.WaitReadyAsync(TimeSpan.FromMinutes(2))));
    }

    /// <summary>Starts a node in place of a killed one.</summary>
    public async Task<HostNode> ReplaceAsync(HostNode killed)
    {
        var node = HostNode.Start(hostDll, $"{killed.Label}-restart{++restarts}", settings, LogFolder);
        Nodes[Nodes.IndexOf(killed)] = node;
        await killed.DisposeAsync();
        await node.WaitReadyAsync(TimeSpan.FromMinutes(2));
        return node;
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(Superuser);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }

        await Gate.DisposeAsync();
        await Smtp.DisposeAsync();
        await Postgres.DisposeAsync();
    }

    /// <summary>The host built with the same configuration as this suite (the project reference builds it first).</summary>
    private static string HostDll()
    {
        var configuration = typeof(FaultCluster).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value;
        var dll = Path.Combine(RepositoryPaths.Root, "src", "Workflows.Host", "bin", configuration!, "net10.0", "Workflows.Host.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"The host is not built at {dll}.");
    }
}
