using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Cases.Storage;

internal sealed class CaseConfiguration :
    IEntityTypeConfiguration<CaseEntity>,
    IEntityTypeConfiguration<CaseCodeCounterEntity>,
    IEntityTypeConfiguration<CaseTeamMemberEntity>
{
    public void Configure(EntityTypeBuilder<CaseEntity> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Phase).HasMaxLength(40);
    }

    public void Configure(EntityTypeBuilder<CaseCodeCounterEntity> builder)
    {
        builder.ToTable("case_code_counters");
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<CaseTeamMemberEntity> builder)
    {
        builder.ToTable("case_team_members");
        builder.HasKey(m => new { m.CaseId, m.UserId });
        builder.HasIndex(m => m.UserId);
        builder.HasOne<CaseEntity>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
