using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Reports.Profile;

internal sealed class CaseProfileConfiguration : IEntityTypeConfiguration<CaseProfileEntity>
{
    public void Configure(EntityTypeBuilder<CaseProfileEntity> builder)
    {
        builder.ToTable("case_profiles");
        builder.HasKey(p => p.CaseId);
        builder.Property(p => p.Sex).HasMaxLength(16);
        builder.Property(p => p.AgeGroup).HasMaxLength(16);
        builder.Property(p => p.Citizenship).HasMaxLength(2);
        builder.Property(p => p.Place).HasMaxLength(16);
        builder.Property(p => p.IdentificationStatus).HasMaxLength(32);
        builder.Property(p => p.IdentifiedBy).HasMaxLength(32);
        builder.Property(p => p.ReferralSource).HasMaxLength(32);
        builder.Property(p => p.UpdatedBy).HasMaxLength(80);
        // Every victims report filters on the counting day first.
        builder.HasIndex(p => p.CountedOn);
    }
}
