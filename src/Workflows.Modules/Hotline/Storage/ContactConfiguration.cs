using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Hotline.Storage;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<ContactEntity>
{
    public void Configure(EntityTypeBuilder<ContactEntity> builder)
    {
        builder.ToTable("hotline_contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(16);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Channel).HasMaxLength(16);
        builder.Property(c => c.Direction).HasMaxLength(16);
        builder.Property(c => c.CallerType).HasMaxLength(24);
        builder.Property(c => c.Language).HasMaxLength(16);
        builder.Property(c => c.MinorInvolved).HasMaxLength(8);
        builder.Property(c => c.Outcome).HasMaxLength(24);
        builder.Property(c => c.CallerIndex).HasMaxLength(64);
        builder.Property(c => c.NoteMasterKeyId).HasMaxLength(32);
        builder.Property(c => c.Revision).IsConcurrencyToken();
        // The list (newest first, keyset), the repeat-caller lookup and the call-back queue.
        builder.HasIndex(c => new { c.OccurredAt, c.Id }).IsDescending(true, true);
        // Covering: the repeat-caller lookup's three reads are index-only scans, however long the caller's history.
        builder.HasIndex(c => new { c.CallerIndex, c.OccurredAt }).HasFilter("caller_index IS NOT NULL")
            .IncludeProperties(c => new { c.Id, c.Code, c.Outcome, c.CaseId });
        builder.HasIndex(c => c.CaseId).HasFilter("case_id IS NOT NULL");
        builder.HasIndex(c => c.CallBackDueAt).HasFilter("outcome = 'callBack' AND call_back_done_at IS NULL");
    }
}

internal sealed class ContactRevisionConfiguration : IEntityTypeConfiguration<ContactRevisionEntity>
{
    public void Configure(EntityTypeBuilder<ContactRevisionEntity> builder)
    {
        builder.ToTable("hotline_contact_revisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.Fields).HasColumnType("jsonb");
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.NoteMasterKeyId).HasMaxLength(32);
        builder.HasOne<ContactEntity>().WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ContactId, r.Revision }).IsUnique();
    }
}

internal sealed class ContactCodeCounterConfiguration : IEntityTypeConfiguration<ContactCodeCounterEntity>
{
    public void Configure(EntityTypeBuilder<ContactCodeCounterEntity> builder)
    {
        builder.ToTable("hotline_contact_code_counters");
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
    }
}
