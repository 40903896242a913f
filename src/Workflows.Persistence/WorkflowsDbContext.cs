using Astra.Workflows.Persistence.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Persistence;

public sealed class WorkflowsDbContext(DbContextOptions<WorkflowsDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options)
{
    public const string Schema = "astra";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Our tables live in their own schema, apart from Hangfire's, so resets and grants can target them.
        builder.HasDefaultSchema(Schema);
        builder.Entity<AppUser>().Property(u => u.DisplayName).HasMaxLength(200);
        builder.ApplyConfigurationsFromAssembly(typeof(WorkflowsDbContext).Assembly);
    }
}
