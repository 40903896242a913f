using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Cases.Documents;

internal sealed class CaseDocumentConfiguration : IEntityTypeConfiguration<CaseDocumentEntity>, IEntityTypeConfiguration<CaseDocumentContentEntity>
{
    public void Configure(EntityTypeBuilder<CaseDocumentEntity> builder)
    {
        builder.ToTable("case_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasMaxLength(32);
        builder.Property(d => d.MediaType).HasMaxLength(100);
        builder.Property(d => d.NameMasterKeyId).HasMaxLength(64);
        builder.HasIndex(d => new { d.CaseId, d.UploadedAt });
    }

    public void Configure(EntityTypeBuilder<CaseDocumentContentEntity> builder)
    {
        builder.ToTable("case_document_contents");
        builder.HasKey(c => c.DocumentId);
        builder.Property(c => c.MasterKeyId).HasMaxLength(64);
        builder.HasOne<CaseDocumentEntity>().WithOne().HasForeignKey<CaseDocumentContentEntity>(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
