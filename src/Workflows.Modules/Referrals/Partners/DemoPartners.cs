using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Referrals.Catalogue;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Partners;

/// <summary>
/// A dozen invented partners in Belgrade, Novi Sad and Niš for the demo data switch (<c>Astra:Demo:Seed</c>), marked
/// <see cref="PartnerEntity.Demo"/>. Names describe institutions generically and e-mail goes to <c>*.demo.invalid</c>
/// addresses, so nothing real is ever written to.
/// </summary>
public static class DemoPartners
{
    /// <summary>The demo clinic the tests and the e2e refer to (answers online).</summary>
    public const string ClinicEmail = "hiv-clinic-bg@partners.demo.invalid";

    private static readonly (string Name, string Kind, string City, string[] Services, string Email, string Language, bool Online)[] All =
    [
        ("Demo HIV and hepatitis counselling clinic", PartnerKinds.Clinic, "Beograd", ["hiv-hepatitis-testing", "lab-tests"], ClinicEmail, "sr-Latn", true),
        ("Demo Institute of Forensic Medicine", PartnerKinds.Forensic, "Beograd", ["forensic-exam"], "forensic-bg@partners.demo.invalid", "sr-Cyrl", true),
        ("Demo Centre for Social Work Beograd", PartnerKinds.SocialWork, "Beograd", ["personal-documents", "social-assistance", "child-allowance"], "csr-bg@partners.demo.invalid", "sr-Cyrl", true),
        ("Demo Centre for Protection of Victims of Trafficking (CZŽTLJ)", PartnerKinds.StateCentre, "Beograd", ["formal-identification", "accommodation"], "czztlj@partners.demo.invalid", "sr-Latn", true),
        ("Demo IOM Serbia", PartnerKinds.Iom, "Beograd", ["voluntary-return", "repatriation", "transport"], "iom-rs@partners.demo.invalid", "en", true),
        ("Demo Police Anti-Trafficking Unit", PartnerKinds.Police, "Beograd", ["information"], "police-bg@partners.demo.invalid", "sr-Cyrl", false),
        ("Demo Safe House Beograd", "shelter", "Beograd", ["accommodation"], "shelter-bg@partners.demo.invalid", "sr-Latn", true),
        ("Demo Clinical Centre of Vojvodina", PartnerKinds.Clinic, "Novi Sad", ["medical-exam", "specialist-exam", "lab-tests", "hiv-hepatitis-testing"], "kcv-ns@partners.demo.invalid", "sr-Latn", true),
        ("Demo Centre for Social Work Novi Sad", PartnerKinds.SocialWork, "Novi Sad", ["personal-documents", "social-assistance"], "csr-ns@partners.demo.invalid", "sr-Latn", true),
        ("Demo National Employment Service Novi Sad", "employment", "Novi Sad", ["economic-empowerment", "education"], "nsz-ns@partners.demo.invalid", "sr-Latn", false),
        ("Demo Clinical Centre Niš", PartnerKinds.Clinic, "Niš", ["medical-exam", "psychiatric-treatment", "hiv-hepatitis-testing"], "kc-nis@partners.demo.invalid", "sr-Cyrl", true),
        ("Demo Centre for Social Work Niš", PartnerKinds.SocialWork, "Niš", ["personal-documents", "child-allowance", "social-assistance"], "csr-nis@partners.demo.invalid", "sr-Cyrl", true),
    ];

    public static async Task EnsureAsync(WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        await ServiceCatalogue.EnsureAsync(db, time, cancellationToken);
        if (await db.Partners.AnyAsync(p => p.Demo, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var (name, kind, city, services, email, language, online) in All)
        {
            db.Partners.Add(new PartnerEntity
            {
                Id = Guid.CreateVersion7(now),
                Name = name,
                Kind = kind,
                City = city,
                Services = [.. services],
                Email = email,
                Phone = "+381 11 000 0000",
                Languages = [language],
                AnswersOnline = online,
                Active = true,
                Demo = true,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
