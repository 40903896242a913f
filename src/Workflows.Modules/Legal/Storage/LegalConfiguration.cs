using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Legal.Storage;

internal sealed class LegalConfiguration :
    IEntityTypeConfiguration<ProceedingEntity>,
    IEntityTypeConfiguration<ProceedingLawyerEntity>,
    IEntityTypeConfiguration<HearingEntity>,
    IEntityTypeConfiguration<HearingHistoryEntity>,
    IEntityTypeConfiguration<LegalDeadlineKindEntity>,
    IEntityTypeConfiguration<LegalDeadlineEntity>,
    IEntityTypeConfiguration<LegalDeadlineChangeEntity>,
    IEntityTypeConfiguration<LegalAlertTimerEntity>,
    IEntityTypeConfiguration<CalendarFeedTokenEntity>
{
    public void Configure(EntityTypeBuilder<ProceedingEntity> builder)
    {
        builder.ToTable("proceedings");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.CaseCode).HasMaxLength(32);
        builder.Property(p => p.Kind).HasMaxLength(32);
        builder.Property(p => p.Court).HasMaxLength(200);
        builder.Property(p => p.CourtCaseNumber).HasMaxLength(100);
        builder.Property(p => p.ClientRole).HasMaxLength(32);
        builder.Property(p => p.Status).HasMaxLength(16);
        builder.HasIndex(p => p.CaseId);
    }

    public void Configure(EntityTypeBuilder<ProceedingLawyerEntity> builder)
    {
        builder.ToTable("proceeding_lawyers");
        builder.HasKey(l => new { l.ProceedingId, l.UserId });
        builder.HasIndex(l => l.UserId);
        builder.HasOne<ProceedingEntity>().WithMany().HasForeignKey(l => l.ProceedingId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<HearingEntity> builder)
    {
        builder.ToTable("hearings");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Kind).HasMaxLength(32);
        builder.Property(h => h.Room).HasMaxLength(100);
        builder.Property(h => h.Notes).HasMaxLength(4000);
        builder.Property(h => h.Status).HasMaxLength(16);
        builder.HasIndex(h => new { h.ProceedingId, h.StartsAt });
        builder.HasIndex(h => h.StartsAt);
        builder.HasOne<ProceedingEntity>().WithMany().HasForeignKey(h => h.ProceedingId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<HearingHistoryEntity> builder)
    {
        builder.ToTable("hearing_history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Change).HasMaxLength(16);
        builder.Property(h => h.Kind).HasMaxLength(32);
        builder.Property(h => h.Room).HasMaxLength(100);
        builder.HasIndex(h => new { h.HearingId, h.Revision }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<LegalDeadlineKindEntity> builder)
    {
        builder.ToTable("legal_deadline_kinds");
        builder.HasKey(k => k.Key);
        builder.Property(k => k.Key).HasMaxLength(64);
        builder.Property(k => k.Label).HasMaxLength(200);
        builder.Property(k => k.LabelSrLatn).HasMaxLength(200);
        builder.Property(k => k.LabelSrCyrl).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<LegalDeadlineEntity> builder)
    {
        builder.ToTable("legal_deadlines");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasMaxLength(64);
        builder.Property(d => d.Status).HasMaxLength(16);
        builder.HasIndex(d => new { d.ProceedingId, d.DueOn });
        builder.HasIndex(d => new { d.Status, d.DueOn });
        builder.HasOne<ProceedingEntity>().WithMany().HasForeignKey(d => d.ProceedingId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<LegalDeadlineChangeEntity> builder)
    {
        builder.ToTable("legal_deadline_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Change).HasMaxLength(16);
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.HasIndex(c => new { c.DeadlineId, c.At });
    }

    public void Configure(EntityTypeBuilder<LegalAlertTimerEntity> builder)
    {
        builder.ToTable("legal_alert_timers");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Kind).HasMaxLength(32);
        builder.Property(t => t.JobId).HasMaxLength(100);
        builder.HasIndex(t => new { t.FireAt, t.DispatchedAt });
        builder.HasIndex(t => t.HearingId);
        builder.HasIndex(t => t.DeadlineId);
    }

    public void Configure(EntityTypeBuilder<CalendarFeedTokenEntity> builder)
    {
        builder.ToTable("calendar_feed_tokens");
        builder.HasKey(t => t.UserId);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.Nonce).HasMaxLength(32);
        builder.HasIndex(t => t.TokenHash).IsUnique();
    }
}
