using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Persistence;

public static class DatabaseMigrator
{
    /// <summary>Creates the database when missing and applies pending migrations; a migration is all-or-nothing per step.</summary>
    public static Task MigrateAsync(WorkflowsDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.MigrateAsync(cancellationToken);
}
