using Astra.Workflows.Modules.Platform.Hangfire;
using Astra.Workflows.Modules.Platform.Database;
#if DEVELOPMENT_SUPPORT
using Astra.Workflows.DevelopmentSupport.PrivateCluster;
#endif
using Npgsql;

namespace Astra.Workflows.Host.Startup;

internal static class DatabaseSetup
{
    private const string DatabaseName = "astra";

    /// <summary>The service's own login, for code that needs the string rather than a context.</summary>
    public sealed record RuntimeConnection(string ConnectionString);

    public const string OwnerConnectionName = "AstraOwner";

    /// <summary>
    /// Uses <c>ConnectionStrings:Astra</c> (the runtime login) when set; in Development without one, starts the
    /// private cluster whose folder persists between runs, and stops it when the host stops (Ctrl-C included).
    /// The cluster's database has both logins; the owner's goes to <c>ConnectionStrings:AstraOwner</c> for migrations.
    /// </summary>
    public static async Task<string> ResolveConnectionStringAsync(this WebApplicationBuilder builder)
    {
        var resolved = await ResolveAsync(builder);
        builder.Services.AddSingleton(new RuntimeConnection(resolved));
        return resolved;
    }

    private static async Task<string> ResolveAsync(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString("Astra");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "ConnectionStrings:Astra is empty. Outside Development the service needs an existing PostgreSQL server.");
        }

#if DEVELOPMENT_SUPPORT
        var folder = builder.Configuration["Astra:PrivatePostgres:DataDirectory"];
        if (string.IsNullOrWhiteSpace(folder))
        {
            folder = Path.Combine(builder.Environment.ContentRootPath, ".data", "postgres");
        }

        var cluster = await PrivatePostgres.StartAsync(new PrivatePostgresOptions(folder, DeleteOnStop: false));
        builder.Services.AddSingleton(cluster);
        // Stopping on process exit covers paths where the host never reaches its graceful shutdown.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        Console.WriteLine($"Private PostgreSQL on 127.0.0.1:{cluster.Port}, data in {Path.GetFullPath(folder)}");
        var logins = await cluster.ProvisionDatabaseAsync(DatabaseName);
        builder.Configuration[$"ConnectionStrings:{OwnerConnectionName}"] = logins.OwnerConnectionString;
        return logins.RuntimeConnectionString;
#else
        // A Release build does not ship the private cluster (Workflows.DevelopmentSupport).
        throw new InvalidOperationException(
            "ConnectionStrings:Astra is empty. This build has no private PostgreSQL cluster; configure a PostgreSQL server.");
#endif
    }

    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Astra:Database:MigrateOnStartup", true))
        {
            return;
        }

        await MigrateAsync(app.Configuration, app.Services.GetRequiredService<RuntimeConnection>().ConnectionString, app.Logger);
    }

    /// <summary>
    /// Migrations and Hangfire's schema as the owner, then the runtime role's grants. Shared by start-up and the
    /// <c>migrate</c> command (for deployments with <c>Astra:Database:MigrateOnStartup=false</c>).
    /// </summary>
    public static async Task MigrateAsync(IConfiguration configuration, string runtime, ILogger logger)
    {
        var owner = configuration.GetConnectionString(OwnerConnectionName);
        if (string.IsNullOrWhiteSpace(owner))
        {
            // One login for both: it owns the tables, so it could rewrite the audit log. Allowed, but said aloud.
            logger.LogWarning("ConnectionStrings:{Name} is not set; migrating as the runtime login, which then owns the audit log (see docs/security.md, Database roles).", OwnerConnectionName);
            owner = runtime;
        }

        await DatabaseMigrator.MigrateAsync(owner);
        await using (var connection = new NpgsqlConnection(owner))
        {
            await connection.OpenAsync();
            Hangfire.PostgreSql.PostgreSqlObjectsInstaller.Install(connection, HangfireSetup.Schema);
        }

        var ownerRole = new NpgsqlConnectionStringBuilder(owner).Username;
        var runtimeRole = new NpgsqlConnectionStringBuilder(runtime).Username;
        if (runtimeRole is not null && !string.Equals(ownerRole, runtimeRole, StringComparison.Ordinal))
        {
            await DatabaseGrants.GrantRuntimeAsync(owner, runtimeRole, [WorkflowsDbContext.Schema, HangfireSetup.Schema]);
        }
    }
}
