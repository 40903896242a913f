using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Tasks.Storage;

internal sealed class TaskConfiguration :
    IEntityTypeConfiguration<TaskEntity>,
    IEntityTypeConfiguration<TaskEscalationEntity>,
    IEntityTypeConfiguration<TaskEscalationTimerEntity>
{
    private const string OpenOnly = "status = 'open'";

    public void Configure(EntityTypeBuilder<TaskEntity> builder)
    {
        builder.ToTable("tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.ActivityId).HasMaxLength(100);
        builder.Property(t => t.BookmarkId).HasMaxLength(100);
        builder.Property(t => t.BookmarkKey).HasMaxLength(300);
        builder.Property(t => t.CaseCode).HasMaxLength(32);
        builder.Property(t => t.TaskType).HasMaxLength(100);
        builder.Property(t => t.Title).HasMaxLength(500);
        builder.Property(t => t.Role).HasMaxLength(64);
        builder.Property(t => t.Status).HasMaxLength(16);
        builder.Property(t => t.Outcome).HasMaxLength(100);
        builder.Property(t => t.Form).HasColumnType("jsonb");
        builder.Property(t => t.Outcomes).HasColumnType("jsonb");
        builder.Property(t => t.Data).HasColumnType("jsonb");
        builder.Property(t => t.Texts).HasColumnType("jsonb").HasDefaultValueSql("'{}'::jsonb");
        builder.Property(t => t.Revision).IsConcurrencyToken();

        // Queue indexes: each queue filters open tasks on one column and reads them in (due, priority desc, id) order,
        // which is also the keyset, so a page is an index range scan.
        builder.HasIndex(t => new { t.AssigneeId, t.DueSort, t.Priority, t.Id }).IsDescending(false, false, true, false)
            .HasFilter(OpenOnly).HasDatabaseName("ix_tasks_mine");
        builder.HasIndex(t => new { t.Role, t.DueSort, t.Priority, t.Id }).IsDescending(false, false, true, false)
            .HasFilter("status = 'open' AND assignee_id IS NULL").HasDatabaseName("ix_tasks_available");
        // Overdue, due soon and the supervisors' all queue: status first, so closed tasks (most rows, in time) stay out of the way.
        builder.HasIndex(t => new { t.Status, t.DueSort, t.Priority, t.Id }).IsDescending(false, false, true, false)
            .HasDatabaseName("ix_tasks_by_status_due");
        builder.HasIndex(t => new { t.CaseId, t.Status });
        builder.HasIndex(t => t.BookmarkId);
        builder.HasIndex(t => t.InstanceId);
    }

    public void Configure(EntityTypeBuilder<TaskEscalationEntity> builder)
    {
        builder.ToTable("task_escalations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Action).HasMaxLength(300);
        builder.HasIndex(e => new { e.TaskId, e.Level });
    }

    public void Configure(EntityTypeBuilder<TaskEscalationTimerEntity> builder)
    {
        builder.ToTable("task_escalation_timers");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Notify).HasColumnType("jsonb");
        builder.Property(e => e.ReassignToRole).HasMaxLength(64);
        builder.Property(e => e.JobId).HasMaxLength(100);
        builder.HasIndex(e => new { e.FireAt, e.DispatchedAt });
        builder.HasIndex(e => e.TaskId);
    }
}
