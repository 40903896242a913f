using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Notifications.Storage;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxEntity>
{
    public void Configure(EntityTypeBuilder<OutboxEntity> builder)
    {
        builder.ToTable("outbox");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Kind).HasMaxLength(64);
        builder.Property(o => o.Payload).HasColumnType("jsonb");
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(o => new { o.Status, o.NextAttemptAt });
    }
}
