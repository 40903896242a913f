using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Astra.Workflows.Modules.Referrals.Storage;

internal sealed class ReferralsConfiguration :
    IEntityTypeConfiguration<PartnerEntity>,
    IEntityTypeConfiguration<ServiceTypeEntity>,
    IEntityTypeConfiguration<FundingProjectEntity>,
    IEntityTypeConfiguration<ServiceDeliveredEntity>,
    IEntityTypeConfiguration<ReferralEntity>,
    IEntityTypeConfiguration<ReferralTimerEntity>
{
    public void Configure(EntityTypeBuilder<PartnerEntity> builder)
    {
        builder.ToTable("partners");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Kind).HasMaxLength(32);
        builder.Property(p => p.City).HasMaxLength(100);
        builder.Property(p => p.Email).HasMaxLength(254);
        builder.Property(p => p.Phone).HasMaxLength(50);
        builder.HasIndex(p => new { p.Kind, p.City });
    }

    public void Configure(EntityTypeBuilder<ServiceTypeEntity> builder)
    {
        builder.ToTable("service_types");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.Property(s => s.LabelEn).HasMaxLength(200);
        builder.Property(s => s.LabelSrLatn).HasMaxLength(200);
        builder.Property(s => s.LabelSrCyrl).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<FundingProjectEntity> builder)
    {
        builder.ToTable("funding_projects");
        builder.HasKey(f => f.Key);
        builder.Property(f => f.Key).HasMaxLength(64);
        builder.Property(f => f.Name).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<ServiceDeliveredEntity> builder)
    {
        builder.ToTable("services_delivered");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.ServiceKey).HasMaxLength(64);
        builder.Property(s => s.FundingProjectKey).HasMaxLength(64);
        builder.Property(s => s.NoteMasterKeyId).HasMaxLength(64);
        builder.HasIndex(s => s.CaseId);
        builder.HasIndex(s => s.ServiceKey);
        // One correction per row: two people correcting the same record at once cannot both win.
        builder.HasIndex(s => s.Supersedes).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ReferralEntity> builder)
    {
        builder.ToTable("referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CaseCode).HasMaxLength(32);
        builder.Property(r => r.Direction).HasMaxLength(16);
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.Property(r => r.Urgency).HasMaxLength(16);
        builder.Property(r => r.InterpreterLanguage).HasMaxLength(50);
        builder.Property(r => r.Status).HasMaxLength(16);
        builder.Property(r => r.SharingBasis).HasMaxLength(16);
        builder.Property(r => r.ConsentPurpose).HasMaxLength(64);
        builder.Property(r => r.OverrideReason).HasMaxLength(1000);
        builder.Property(r => r.NotSentReason).HasMaxLength(16);
        builder.Property(r => r.AnsweredVia).HasMaxLength(16);
        builder.Property(r => r.DeclineReason).HasMaxLength(32);
        builder.Property(r => r.AnswerNote).HasMaxLength(1000);
        builder.Property(r => r.Outcome).HasMaxLength(16);
        builder.Property(r => r.TokenHash).HasMaxLength(64);
        builder.Property(r => r.ActivityId).HasMaxLength(200);
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.HasIndex(r => r.CaseId);
        builder.HasIndex(r => r.TokenHash).IsUnique();
        builder.HasIndex(r => r.PartnerId);
        builder.HasOne<PartnerEntity>().WithMany().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ReferralTimerEntity> builder)
    {
        builder.ToTable("referral_timers");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Kind).HasMaxLength(16);
        builder.Property(t => t.JobId).HasMaxLength(100);
        builder.HasIndex(t => new { t.FireAt, t.DispatchedAt });
        builder.HasIndex(t => t.ReferralId);
    }
}
