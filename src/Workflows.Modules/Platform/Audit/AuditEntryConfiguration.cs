using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Platform.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntryEntity>
{
    public void Configure(EntityTypeBuilder<AuditEntryEntity> builder)
    {
        builder.ToTable("audit_log");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityByDefaultColumn();
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.Entity).HasMaxLength(64);
        builder.Property(a => a.EntityId).HasMaxLength(64);
        builder.Property(a => a.CaseCode).HasMaxLength(32);
        builder.Property(a => a.Outcome).HasMaxLength(32);
        builder.Property(a => a.ClientIp).HasMaxLength(64);
        builder.Property(a => a.Reason).HasMaxLength(1000);
        // Audit rows outlive the cases they name (erasure keeps its record), so there is no foreign key.
        builder.HasIndex(a => a.CaseId);
        builder.HasIndex(a => a.UserId);
        builder.HasIndex(a => a.At);
    }
}
