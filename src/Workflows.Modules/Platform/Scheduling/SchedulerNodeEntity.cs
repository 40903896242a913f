using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Platform.Scheduling;

/// <summary>A node's last heartbeat: rows claimed by a node silent for longer than the lease are free again.</summary>
public sealed class SchedulerNodeEntity
{
    public Guid NodeId { get; set; }

    public string Name { get; set; } = string.Empty;

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset HeartbeatAt { get; set; }
}

internal sealed class SchedulerNodeConfiguration : IEntityTypeConfiguration<SchedulerNodeEntity>
{
    public void Configure(EntityTypeBuilder<SchedulerNodeEntity> builder)
    {
        builder.ToTable("scheduler_nodes");
        builder.HasKey(n => n.NodeId);
        builder.Property(n => n.Name).HasMaxLength(200);
    }
}
