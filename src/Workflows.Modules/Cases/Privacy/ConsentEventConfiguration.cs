using Astra.Workflows.Modules.Cases.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Cases.Privacy;

internal sealed class ConsentEventConfiguration : IEntityTypeConfiguration<ConsentEventEntity>
{
    public void Configure(EntityTypeBuilder<ConsentEventEntity> builder)
    {
        builder.ToTable("consent_events");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityByDefaultColumn();
        builder.HasOne<CaseEntity>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Purpose).HasMaxLength(40);
        builder.Property(c => c.Kind).HasMaxLength(20);
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.HasIndex(c => new { c.CaseId, c.Purpose, c.Id });
    }
}
