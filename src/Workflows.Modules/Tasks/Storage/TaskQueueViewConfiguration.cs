using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Tasks.Storage;

internal sealed class TaskQueueViewConfiguration : IEntityTypeConfiguration<TaskQueueViewEntity>
{
    public void Configure(EntityTypeBuilder<TaskQueueViewEntity> builder)
    {
        builder.ToTable("task_queue_views");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Name).HasMaxLength(80);
        builder.Property(v => v.Queue).HasMaxLength(16);
        builder.Property(v => v.TaskType).HasMaxLength(100);
        builder.Property(v => v.Priority).HasMaxLength(16);
        builder.Property(v => v.SharedWithRole).HasMaxLength(64);
        builder.HasIndex(v => new { v.OwnerId, v.Name }).IsUnique();
        builder.HasIndex(v => v.SharedWithRole).HasFilter("shared_with_role IS NOT NULL");
    }
}
