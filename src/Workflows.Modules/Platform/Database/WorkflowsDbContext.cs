using Astra.Workflows.Modules.Cases.Access;
using Astra.Workflows.Modules.Calendar.Storage;
using Astra.Workflows.Modules.Cases.Storage;
using Astra.Workflows.Modules.Definitions.Storage;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Idempotency;
using Astra.Workflows.Modules.Definitions.InstanceStorage;
using Astra.Workflows.Modules.Platform.Bursts;
using Astra.Workflows.Modules.Legal.Storage;
using Astra.Workflows.Modules.Notifications.Storage;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Tasks.Storage;
using Astra.Workflows.Modules.Hotline.Storage;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Platform.Database;

public sealed class WorkflowsDbContext(DbContextOptions<WorkflowsDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext
{
    public const string Schema = "astra";

    public DbSet<CaseEntity> Cases => Set<CaseEntity>();

    public DbSet<CaseCodeCounterEntity> CaseCodeCounters => Set<CaseCodeCounterEntity>();

    public DbSet<CaseTeamMemberEntity> CaseTeamMembers => Set<CaseTeamMemberEntity>();

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

    public DbSet<ClosureEntity> Closures => Set<ClosureEntity>();

    public DbSet<ProceedingEntity> Proceedings => Set<ProceedingEntity>();

    public DbSet<ProceedingLawyerEntity> ProceedingLawyers => Set<ProceedingLawyerEntity>();

    public DbSet<HearingEntity> Hearings => Set<HearingEntity>();

    public DbSet<HearingHistoryEntity> HearingHistory => Set<HearingHistoryEntity>();

    public DbSet<LegalDeadlineKindEntity> LegalDeadlineKinds => Set<LegalDeadlineKindEntity>();

    public DbSet<LegalDeadlineEntity> LegalDeadlines => Set<LegalDeadlineEntity>();

    public DbSet<LegalDeadlineChangeEntity> LegalDeadlineChanges => Set<LegalDeadlineChangeEntity>();

    public DbSet<LegalAlertTimerEntity> LegalAlertTimers => Set<LegalAlertTimerEntity>();

    public DbSet<CalendarFeedTokenEntity> CalendarFeedTokens => Set<CalendarFeedTokenEntity>();

    public DbSet<ContactEntity> HotlineContacts => Set<ContactEntity>();

    public DbSet<ContactRevisionEntity> HotlineContactRevisions => Set<ContactRevisionEntity>();

    public DbSet<ContactCodeCounterEntity> HotlineContactCodeCounters => Set<ContactCodeCounterEntity>();
    public DbSet<Reports.Profile.CaseProfileEntity> CaseProfiles => Set<Reports.Profile.CaseProfileEntity>();
    public DbSet<PartnerEntity> Partners => Set<PartnerEntity>();

    public DbSet<ServiceTypeEntity> ServiceTypes => Set<ServiceTypeEntity>();

    public DbSet<FundingProjectEntity> FundingProjects => Set<FundingProjectEntity>();

    public DbSet<ServiceDeliveredEntity> ServicesDelivered => Set<ServiceDeliveredEntity>();

    public DbSet<ReferralEntity> Referrals => Set<ReferralEntity>();

    public DbSet<ReferralTimerEntity> ReferralTimers => Set<ReferralTimerEntity>();

    /// <summary>ASP.NET Core Data Protection's key ring, shared by every node; each key's XML is sealed under the master key.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Need-to-know, enforced here for every query of this context: a context serving a request is restricted
    /// to the cases its viewer may see. Contexts of jobs and stores (no viewer) are the system and see all.
    /// </summary>
    public CaseViewer? Viewer => ViewerSource is { } source ? source.Current : null;

    /// <summary>
    /// Asked at each query, not when the context is made: a cookie sign-in is validated through Identity, which
    /// creates the request's context before the request has a user, so a viewer taken then would be nobody.
    /// </summary>
    public ICaseViewerSource? ViewerSource { get; set; }

    // Query filters read these properties: EF turns them into parameters per query.
    internal bool ViewerRestricted => Viewer is { SeesAll: false };

    internal Guid? ViewerUserId => Viewer?.UserId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Our tables live in their own schema, apart from Hangfire's, so resets and grants can target them.
        builder.HasDefaultSchema(Schema);
        builder.Entity<AppUser>().Property(u => u.DisplayName).HasMaxLength(200);
        builder.ApplyConfigurationsFromAssembly(typeof(WorkflowsDbContext).Assembly);
        ApplyNeedToKnow(builder);
    }

    private void ApplyNeedToKnow(ModelBuilder builder)
    {
        builder.Entity<CaseEntity>().HasQueryFilter(c =>
            !ViewerRestricted || CaseTeamMembers.Any(m => m.CaseId == c.Id && m.UserId == ViewerUserId));
        builder.Entity<InstanceEntity>().HasQueryFilter(i =>
            !ViewerRestricted || (i.CaseId != null && CaseTeamMembers.Any(m => m.CaseId == i.CaseId && m.UserId == ViewerUserId)));
        builder.Entity<ClientIdentityEntity>().HasQueryFilter(c =>
            !ViewerRestricted || CaseTeamMembers.Any(m => m.CaseId == c.CaseId && m.UserId == ViewerUserId));
        builder.Entity<ConsentEventEntity>().HasQueryFilter(c =>
            !ViewerRestricted || CaseTeamMembers.Any(m => m.CaseId == c.CaseId && m.UserId == ViewerUserId));
        builder.Entity<TaskEntity>().HasQueryFilter(t =>
            !ViewerRestricted || (t.CaseId != null && CaseTeamMembers.Any(m => m.CaseId == t.CaseId && m.UserId == ViewerUserId)));
        builder.Entity<JournalEntity>().HasQueryFilter(j =>
            !ViewerRestricted || (j.CaseId != null && CaseTeamMembers.Any(m => m.CaseId == j.CaseId && m.UserId == ViewerUserId)));
        builder.Entity<ProceedingEntity>().HasQueryFilter(p =>
            !ViewerRestricted || CaseTeamMembers.Any(m => m.CaseId == p.CaseId && m.UserId == ViewerUserId));
        builder.Entity<ProceedingLawyerEntity>().HasQueryFilter(p =>
            !ViewerRestricted || CaseTeamMembers.Any(m => m.CaseId == p.CaseId && m.UserId == ViewerUserId));
        builder.Entity<HearingEntity>().HasQueryFilter(h =>
            !ViewerRestricted || CaseTeamMembers.Any(m => m.CaseId == h.CaseId && m.UserId == ViewerUserId));
        builder.Entity<HearingHistoryEntity>().HasQueryFilter(h =>
            !ViewerRestricted || CaseTeamMembers.Any(m => m.CaseId == h.CaseId && m.UserId == ViewerUserId));
        builder.Entity<LegalDeadlineEntity>().HasQueryFilter(d =>
            !ViewerRestricted || CaseTeamMembers.Any(m => m.CaseId == d.CaseId && m.UserId == ViewerUserId));
        builder.Entity<LegalDeadlineChangeEntity>().HasQueryFilter(c =>
            !ViewerRestricted || CaseTeamMembers.Any(m => m.CaseId == c.CaseId && m.UserId == ViewerUserId));
        builder.Entity<Reports.Profile.CaseProfileEntity>().HasQueryFilter(p =>
            !ViewerRestricted || CaseTeamMembers.Any(m => m.CaseId == p.CaseId && m.UserId == ViewerUserId));
        builder.Entity<ServiceDeliveredEntity>().HasQueryFilter(s =>
            !ViewerRestricted || CaseTeamMembers.Any(m => m.CaseId == s.CaseId && m.UserId == ViewerUserId));
        builder.Entity<ReferralEntity>().HasQueryFilter(r =>
            !ViewerRestricted || CaseTeamMembers.Any(m => m.CaseId == r.CaseId && m.UserId == ViewerUserId));
        builder.Entity<Cases.Notes.CaseNoteEntity>().HasQueryFilter(n =>
            !ViewerRestricted || CaseTeamMembers.Any(m => m.CaseId == n.CaseId && m.UserId == ViewerUserId));
        builder.Entity<Cases.Documents.CaseDocumentEntity>().HasQueryFilter(d =>
            !ViewerRestricted || CaseTeamMembers.Any(m => m.CaseId == d.CaseId && m.UserId == ViewerUserId));
        builder.Entity<CasePhaseHistoryEntity>().HasQueryFilter(p =>
            !ViewerRestricted || CaseTeamMembers.Any(m => m.CaseId == p.CaseId && m.UserId == ViewerUserId));
        builder.Entity<Cases.Documents.CaseDocumentContentEntity>().HasQueryFilter(c =>
            !ViewerRestricted || CaseTeamMembers.Any(m => m.CaseId == c.CaseId && m.UserId == ViewerUserId));
    }
}
