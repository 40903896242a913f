using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public async Task All_migrations_apply_to_an_empty_database_and_match_the_model()
    {
        var connectionString = await TestDatabaseServer.CreateDatabaseAsync("migrations");
        await using var provider = new ServiceCollection().AddWorkflowsPersistence(connectionString).BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();

        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
        await DatabaseMigrator.MigrateAsync(db);

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration captures: run dotnet ef migrations add.");
    }
}
