using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Platform.Idempotency;

internal sealed class IdempotencyConfiguration : IEntityTypeConfiguration<IdempotencyEntity>
{
    public void Configure(EntityTypeBuilder<IdempotencyEntity> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(i => i.Key);
        builder.Property(i => i.Key).HasMaxLength(200);
        builder.Property(i => i.Result).HasColumnType("jsonb");
    }
}
