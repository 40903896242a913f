using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

internal sealed class InstanceConfiguration :
    IEntityTypeConfiguration<InstanceEntity>,
    IEntityTypeConfiguration<BookmarkEntity>,
    IEntityTypeConfiguration<TimerEntity>,
    IEntityTypeConfiguration<JournalEntity>,
    IEntityTypeConfiguration<StartRequestEntity>
{
    public void Configure(EntityTypeBuilder<InstanceEntity> builder)
    {
        builder.ToTable("workflow_instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.DefinitionId).HasMaxLength(100);
        builder.Property(i => i.Status).HasMaxLength(16);
        builder.Property(i => i.State).HasColumnType("jsonb");
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.CaseId);
        builder.HasIndex(i => new { i.DefinitionId, i.Status });
    }

    public void Configure(EntityTypeBuilder<BookmarkEntity> builder)
    {
        builder.ToTable("bookmarks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasMaxLength(100);
        builder.Property(b => b.Kind).HasMaxLength(32);
        builder.Property(b => b.Key).HasMaxLength(300);
        builder.Property(b => b.ActivityId).HasMaxLength(100);
        builder.HasIndex(b => b.Key);
        builder.HasIndex(b => b.InstanceId);
    }

    public void Configure(EntityTypeBuilder<TimerEntity> builder)
    {
        builder.ToTable("timers");
        builder.HasKey(t => t.BookmarkId);
        builder.Property(t => t.BookmarkId).HasMaxLength(100);
        builder.Property(t => t.JobId).HasMaxLength(100);
        builder.HasIndex(t => new { t.DueAt, t.DispatchedAt });
        builder.HasIndex(t => t.InstanceId);
    }

    public void Configure(EntityTypeBuilder<JournalEntity> builder)
    {
        builder.ToTable("journal");
        builder.HasKey(j => new { j.InstanceId, j.Sequence });
        builder.Property(j => j.Kind).HasMaxLength(32);
        builder.Property(j => j.ActivityId).HasMaxLength(100);
        builder.Property(j => j.ActivityType).HasMaxLength(100);
        builder.Property(j => j.Actor).HasMaxLength(100);
        builder.Property(j => j.Outcome).HasMaxLength(100);
        builder.HasIndex(j => new { j.CaseId, j.At });
    }

    public void Configure(EntityTypeBuilder<StartRequestEntity> builder)
    {
        builder.ToTable("start_requests");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.DefinitionId).HasMaxLength(100);
        builder.Property(s => s.ActivityId).HasMaxLength(100);
        builder.Property(s => s.Input).HasColumnType("jsonb");
        builder.HasIndex(s => s.ProcessedAt);
    }
}
