using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Cases.Notes;

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNoteEntity>
{
    public void Configure(EntityTypeBuilder<CaseNoteEntity> builder)
    {
        builder.ToTable("case_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.MasterKeyId).HasMaxLength(64);
        builder.HasIndex(n => new { n.CaseId, n.WrittenAt });
        // One correction per note: two people correcting the same note at once cannot both win.
        builder.HasIndex(n => n.Corrects).IsUnique();
    }
}
