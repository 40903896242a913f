using Astra.Workflows.Modules.Cases.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Cases.Privacy;

internal sealed class ClientIdentityConfiguration : IEntityTypeConfiguration<ClientIdentityEntity>
{
    public void Configure(EntityTypeBuilder<ClientIdentityEntity> builder)
    {
        builder.ToTable("client_identities");
        builder.HasKey(c => c.CaseId);
        builder.HasOne<CaseEntity>().WithOne().HasForeignKey<ClientIdentityEntity>(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.MasterKeyId).HasMaxLength(32);
        builder.Property(c => c.FullNameIndex).HasMaxLength(64);
        builder.HasIndex(c => c.FullNameIndex);
        builder.HasIndex(c => c.MasterKeyId);
        builder.HasIndex(c => c.DocumentNumberIndexes).HasMethod("gin");
    }
}
