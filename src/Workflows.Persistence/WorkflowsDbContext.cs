using Astra.Workflows.Persistence.Cases;
using Astra.Workflows.Persistence.Definitions;
using Astra.Workflows.Persistence.Identity;
using Astra.Workflows.Persistence.Instances;
using Astra.Workflows.Persistence.Notifications;
using Astra.Workflows.Persistence.Outbox;
using Astra.Workflows.Persistence.Tasks;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Persistence;

public sealed class WorkflowsDbContext(DbContextOptions<WorkflowsDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options)
{
    public const string Schema = "astra";

    public DbSet<CaseEntity> Cases => Set<CaseEntity>();

    public DbSet<CaseCodeCounterEntity> CaseCodeCounters => Set<CaseCodeCounterEntity>();

    public DbSet<DefinitionVersionEntity> DefinitionVersions => Set<DefinitionVersionEntity>();

    public DbSet<InstanceEntity> Instances => Set<InstanceEntity>();

    public DbSet<BookmarkEntity> Bookmarks => Set<BookmarkEntity>();

    public DbSet<TimerEntity> Timers => Set<TimerEntity>();

    public DbSet<JournalEntity> Journal => Set<JournalEntity>();

    public DbSet<IdempotencyEntity> IdempotencyKeys => Set<IdempotencyEntity>();

    public DbSet<StartRequestEntity> StartRequests => Set<StartRequestEntity>();

    public DbSet<OutboxEntity> Outbox => Set<OutboxEntity>();

    public DbSet<TaskEntity> Tasks => Set<TaskEntity>();

    public DbSet<TaskEscalationEntity> TaskEscalations => Set<TaskEscalationEntity>();

    public DbSet<TaskEscalationTimerEntity> TaskEscalationTimers => Set<TaskEscalationTimerEntity>();

    public DbSet<NotificationEntity> Notifications => Set<NotificationEntity>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Our tables live in their own schema, apart from Hangfire's, so resets and grants can target them.
        builder.HasDefaultSchema(Schema);
        builder.Entity<AppUser>().Property(u => u.DisplayName).HasMaxLength(200);
        builder.ApplyConfigurationsFromAssembly(typeof(WorkflowsDbContext).Assembly);
    }
}
