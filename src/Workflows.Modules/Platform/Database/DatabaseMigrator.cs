using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Platform.Database;

public static class DatabaseMigrator
{
    /// <summary>Creates the database when missing and applies pending migrations; a migration is all-or-nothing per step.</summary>
    public static Task MigrateAsync(WorkflowsDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.MigrateAsync(cancellationToken);

    /// <summary>Applies migrations as <paramref name="ownerConnectionString"/>'s role, which then owns every table it creates.</summary>
    public static async Task MigrateAsync(string ownerConnectionString, CancellationToken cancellationToken = default)
    {
        var options = new DbContextOptionsBuilder<WorkflowsDbContext>();
        PersistenceServices.Configure(options, ownerConnectionString);
        await using var db = new WorkflowsDbContext(options.Options);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
