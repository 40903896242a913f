using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Definitions.Storage;

internal sealed class DefinitionVersionConfiguration : IEntityTypeConfiguration<DefinitionVersionEntity>
{
    public void Configure(EntityTypeBuilder<DefinitionVersionEntity> builder)
    {
        builder.ToTable("definition_versions");
        builder.HasKey(d => new { d.DefinitionId, d.Version });
        builder.Property(d => d.DefinitionId).HasMaxLength(100);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Json).HasColumnType("jsonb");
        builder.Property(d => d.ContentHash).HasMaxLength(64);
        builder.Property(d => d.Source).HasMaxLength(300);
        // At most one draft per definition.
        builder.HasIndex(d => d.DefinitionId).IsUnique().HasFilter("status = 'Draft'").HasDatabaseName("ix_definition_versions_one_draft");
    }
}
