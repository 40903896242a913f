using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Calendar.Storage;

internal sealed class ClosureConfiguration : IEntityTypeConfiguration<ClosureEntity>
{
    public void Configure(EntityTypeBuilder<ClosureEntity> builder)
    {
        builder.ToTable("organisation_closures");
        builder.HasKey(c => c.Date);
        builder.Property(c => c.Reason).HasMaxLength(200);
    }
}
