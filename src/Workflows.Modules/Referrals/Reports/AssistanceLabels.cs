using Astra.Workflows.Modules.Referrals.Storage;
using Astra.Workflows.Modules.Reports.Contracts;

namespace Astra.Workflows.Modules.Referrals.Reports;

/// <summary>Row and column labels of the assistance reports.</summary>
internal static class AssistanceLabels
{
    public const string Astra = "astra";
    public const string Partner = "partner";
    public const string None = "none";

    /// <summary>Who provided a service: ASTRA itself or a partner.</summary>
    public static readonly IReadOnlyList<(string Key, ReportText Label)> Providers =
    [
        (Astra, new("Provided by ASTRA", "Pružila ASTRA")),
        (Partner, new("Provided by a partner", "Pružio partner")),
    ];

    public static readonly ReportText NoFundingProject = new("No funding project", "Bez projekta finansiranja");

    public static readonly IReadOnlyList<(string Key, ReportText Label)> PartnerKinds =
    [
        (Catalogue.PartnerKinds.Clinic, new("Health care", "Zdravstvena ustanova")),
        (Catalogue.PartnerKinds.Forensic, new("Forensic medicine", "Sudska medicina")),
        (Catalogue.PartnerKinds.SocialWork, new("Centre for Social Work", "Centar za socijalni rad")),
        (Catalogue.PartnerKinds.Police, new("Police", "Policija")),
        ("prosecutor", new("Prosecutor's office", "Tužilaštvo")),
        ("court", new("Court", "Sud")),
        ("shelter", new("Shelter", "Sklonište")),
        (Catalogue.PartnerKinds.StateCentre, new("State Centre for Protection of Victims", "Centar za zaštitu žrtava trgovine ljudima")),
        (Catalogue.PartnerKinds.Iom, new("IOM", "IOM")),
        ("embassy", new("Embassy or consulate", "Ambasada ili konzulat")),
        ("ngo", new("Civil society organisation", "Organizacija civilnog društva")),
        ("employment", new("Employment service", "Služba za zapošljavanje")),
        ("education", new("Education", "Obrazovanje")),
        ("other", new("Other", "Drugo")),
        (None, new("No partner found (not sent)", "Partner nije pronađen (nije poslato)")),
    ];

    /// <summary>Where an outgoing referral stands; a completed one by its outcome, so each referral is in one column.</summary>
    public static readonly IReadOnlyList<(string Key, ReportText Label)> ReferralStates =
    [
        (ReferralStatuses.Sent, new("Waiting for an answer", "Čeka odgovor")),
        (ReferralStatuses.Accepted, new("Accepted", "Prihvaćeno")),
        (ReferralStatuses.Declined, new("Declined", "Odbijeno")),
        (ReferralStatuses.Expired, new("No answer in time", "Bez odgovora u roku")),
        (ReferralStatuses.Withdrawn, new("Withdrawn", "Povučeno")),
        ("served", new("Completed: served", "Završeno: usluga pružena")),
        ("noShow", new("Completed: did not come", "Završeno: klijent nije došao")),
        ("notServed", new("Completed: not served", "Završeno: usluga nije pružena")),
        (ReferralStatuses.NotSent, new("Not sent", "Nije poslato")),
    ];

    /// <summary>Days from first contact to first service; a service recorded before the first contact counts as day 0.</summary>
    public static readonly IReadOnlyList<(string Key, ReportText Label, int MaxDays)> DayBuckets =
    [
        ("0-1", new("0–1 days", "0–1 dan"), 1),
        ("2-7", new("2–7 days", "2–7 dana"), 7),
        ("8-30", new("8–30 days", "8–30 dana"), 30),
        ("31-90", new("31–90 days", "31–90 dana"), 90),
        ("91+", new("More than 90 days", "Više od 90 dana"), int.MaxValue),
    ];
}
