using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Cases.Storage;

/// <summary>Each phase a case entered and when: the case row keeps only the current one, the timeline tells them all.</summary>
public sealed class CasePhaseHistoryEntity
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public string Phase { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public Guid? InstanceId { get; set; }
}

internal sealed class CasePhaseHistoryConfiguration : IEntityTypeConfiguration<CasePhaseHistoryEntity>
{
    public void Configure(EntityTypeBuilder<CasePhaseHistoryEntity> builder)
    {
        builder.ToTable("case_phase_history");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Phase).HasMaxLength(32);
        builder.HasIndex(p => new { p.CaseId, p.At });
    }
}
