using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Astra.Workflows.Benchmarks;

/// <summary>Creates the benchmark database, applies the product's migrations, the raw table and the definition.</summary>
internal static class BenchmarkDatabase
{
    public const string Name = "astra_bench";

    public static async Task CreateAsync(string maintenanceConnectionString, string connectionString, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using (var maintenance = new NpgsqlConnection(maintenanceConnectionString))
        {
            await maintenance.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Name}", maintenance);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var contexts = services.GetRequiredService<IDbContextFactory<WorkflowsDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await DatabaseMigrator.MigrateAsync(db, cancellationToken);
            await DefinitionPublisher.PublishAsync(db, ChainDefinition.Json(), services.GetRequiredService<TimeProvider>(), cancellationToken);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var table = new NpgsqlCommand(RawInsertWorker.CreateTableSql, connection);
        await table.ExecuteNonQueryAsync(cancellationToken);
    }
}
