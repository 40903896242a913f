using System.Net.Http.Headers;
using System.Net.Http.Json;
using Astra.Workflows.Host.Demo;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Audit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Respawn;
using Respawn.Graph;

namespace Astra.Workflows.IntegrationTests.Infrastructure;

/// <summary>
/// The real host over HTTP, on a fresh database of the shared test cluster and a real SMTP server.
/// Tests call <see cref="ResetAsync"/> first so each starts from roles and demo users only.
/// </summary>
public sealed class AstraApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "Test-Passw0rd-Astra!";
    private Respawner? respawner;

    /// <summary>The superuser on this collection's database: resets, and tests that play a database administrator.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>The owner role the host migrates as (ConnectionStrings:AstraOwner).</summary>
    public string OwnerConnectionString { get; private set; } = string.Empty;

    /// <summary>The runtime role the host runs as (ConnectionStrings:Astra): the service's own login.</summary>
    public string RuntimeConnectionString { get; private set; } = string.Empty;

    /// <summary>This collection's audit key and anchor folder, so collections never compare against each other's anchors.</summary>
    public string AuditKeyFile { get; } = Path.Combine(Path.GetTempPath(), $"astra-audit-{Guid.NewGuid():N}", "audit.key");

    public string AuditAnchorDirectory => Path.Combine(Path.GetDirectoryName(AuditKeyFile)!, "anchors");

    public SmtpCatcher Smtp { get; private set; } = null!;

    /// <summary>What the host's Smtp settings name: forwards to <see cref="Smtp"/>, or hangs when a test says so.</summary>
    public SmtpGate SmtpGate { get; private set; } = null!;

    /// <summary>The host's clock: starts at the real time (so sign-in tokens and Hangfire agree) and moves only when a test advances it.</summary>
    public CapturedLogs Logs { get; } = new();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    public async Task InitializeAsync()
    {
        var database = await TestDatabaseServer.CreateDatabaseWithLoginsAsync("api");
        (ConnectionString, OwnerConnectionString, RuntimeConnectionString) = (database.Superuser, database.Owner, database.Runtime);
        Host.Security.MasterKeyLoader.CreateKeyFile(AuditKeyFile);
        Smtp = await SmtpCatcher.StartAsync();
        SmtpGate = new SmtpGate(Smtp.SmtpPort);
        // Touching Services builds and starts the host: migrations and seeding run here, once per collection.
        _ = Services;
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["astra"],
            // The audit log refuses DELETE (its append-only trigger), so it is emptied on its own below.
            // The Data Protection key ring outlives a reset as it outlives a restart: hosts keep it cached.
            TablesToIgnore = [new Table("astra", "__EFMigrationsHistory"), new Table("astra", "audit_log"), new Table("astra", "data_protection_keys")],
        });
    }

    public async Task ResetAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await respawner!.ResetAsync(connection);
            await using var transaction = await connection.BeginTransactionAsync();
            await using var truncate = new NpgsqlCommand(AuditSql.TruncateForTests, connection, transaction);
            await truncate.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        // The anchors name rows the reset just removed.
        Services.GetRequiredService<Modules.Platform.Audit.AuditAnchorStore>().DeleteAll();

        await IdentitySeeder.SeedAsync(Services, Services.GetRequiredService<IConfiguration>(), Services.GetRequiredService<IHostEnvironment>());
        await Smtp.ClearAsync();
        SmtpGate.Forward();
        // Caches of rows the reset just removed.
        Services.GetRequiredService<Astra.Workflows.Modules.Calendar.Storage.DatabaseOrganisationClosures>().Invalidate();
    }

    /// <summary>A client signed in as a demo user through the real login endpoint (bearer token).</summary>
    public async Task<HttpClient> ClientForAsync(string email)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<LoginResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>Another host on the same database, SMTP server and clock: a second node, or this one after a restart.</summary>
    public WebApplicationFactory<Program> CreateSecondHost(params (string Key, string Value)[] settings) => new SecondHost(this, settings);

    protected override void ConfigureWebHost(IWebHostBuilder builder) => ApplyTestSettings(builder, this);

    private static void ApplyTestSettings(IWebHostBuilder builder, AstraApiFactory settings)
    {
        builder.UseEnvironment("Testing");
        // Failures show in assertions; the hosts' information logs would bury them in CI output.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Error");
        builder.UseSetting("Logging:Captured:LogLevel:Default", "Trace");
        // The host runs as the service's runtime role and migrates as the owner, as in production.
        builder.UseSetting("ConnectionStrings:Astra", settings.RuntimeConnectionString);
        builder.UseSetting("ConnectionStrings:AstraOwner", settings.OwnerConnectionString);
        builder.UseSetting("Astra:Security:AuditKeyFile", settings.AuditKeyFile);
        builder.UseSetting("Astra:Security:AuditAnchorDirectory", settings.AuditAnchorDirectory);
        builder.UseSetting("Astra:Demo:Seed", "true");
        builder.UseSetting("Astra:Demo:Password", DemoPassword);
        // Demo cases would land in every host's fresh database; DemoCasesTests seeds them on purpose.
        builder.UseSetting("Astra:Demo:Cases", "false");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", settings.SmtpGate.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Short enough that a test of a hung server waits seconds, long enough for a loaded machine's real one.
        builder.UseSetting("Smtp:ConnectTimeout", "00:00:04");
        builder.UseSetting("Smtp:Timeout", "00:00:04");
        builder.UseSetting("Smtp:Security", "None");
        // Tests sign in far more often than a person; the limit itself is tested on a second host.
        builder.UseSetting("Astra:Security:SignInPermitsPerMinute", "100000");
        // Most tests are about other things; TwoFactorTests switch the requirement back on for a second host.
        builder.UseSetting("Astra:Security:RequireTwoFactor", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(settings.Clock));
        builder.ConfigureLogging(logging => logging.AddProvider(settings.Logs));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await SmtpGate.DisposeAsync();
        await Smtp.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(AuditKeyFile)!, recursive: true);
    }

    private sealed record LoginResponse(string AccessToken);

    private sealed class SecondHost(AstraApiFactory first, (string Key, string Value)[] settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            ApplyTestSettings(builder, first);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            // Hangfire keeps its log provider in a static that this host replaced and has now disposed; a real
            // process has one host, so hand it back to the first.
            Hangfire.Logging.LogProvider.SetCurrentLogProvider(
                new Hangfire.AspNetCore.AspNetCoreLogProvider(first.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        }
    }
}
