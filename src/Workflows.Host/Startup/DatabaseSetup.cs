using Astra.Workflows.Persistence;
using Astra.Workflows.Persistence.PrivateCluster;
using Npgsql;

namespace Astra.Workflows.Host.Startup;

internal static class DatabaseSetup
{
    private const string DatabaseName = "astra";

    /// <summary>
    /// Uses <c>ConnectionStrings:Astra</c> when set; in Development without one, starts the private cluster
    /// whose folder persists between runs, and stops it when the host stops (Ctrl-C included).
    /// </summary>
    public static async Task<string> ResolveConnectionStringAsync(this WebApplicationBuilder builder)
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
        await EnsureDatabaseAsync(cluster.ConnectionString);
        return new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Database = DatabaseName }.ConnectionString;
    }

    private static async Task EnsureDatabaseAsync(string maintenanceConnectionString)
    {
        await using var connection = new NpgsqlConnection(maintenanceConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", DatabaseName);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Astra:Database:MigrateOnStartup", true))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        await DatabaseMigrator.MigrateAsync(db);
    }
}
