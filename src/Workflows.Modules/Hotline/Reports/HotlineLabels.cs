using Astra.Workflows.Modules.Reports.Contracts;

namespace Astra.Workflows.Modules.Hotline.Reports;

/// <summary>Row and column labels of the hotline reports, worded as the web app's contact form words them.</summary>
internal static class HotlineLabels
{
    public static readonly ReportText Contacts = new("Contacts", "Kontakti");

    public static readonly IReadOnlyList<(string Key, ReportText Label)> Channels =
    [
        ("phone", new("Phone", "Telefon")),
        ("email", new("E-mail", "Imejl")),
        ("webForm", new("Web form", "Veb obrazac")),
        ("messaging", new("Messaging", "Poruke")),
        ("inPerson", new("In person", "Lično")),
        ("mobileTeam", new("Mobile team", "Mobilni tim")),
    ];

    public static readonly IReadOnlyList<(string Key, ReportText Label)> CallerTypes =
    [
        ("potentialVictim", new("Potential victim", "Potencijalna žrtva")),
        ("familyOrFriend", new("Family or friend", "Porodica ili prijatelj")),
        ("jobOfferCheck", new("Job-offer check", "Provera ponude za posao")),
        ("citizen", new("Citizen", "Građanin")),
        ("institution", new("Institution", "Institucija")),
        ("ngo", new("NGO", "Organizacija civilnog društva")),
        ("anonymous", new("Anonymous", "Anonimno")),
        ("other", new("Other", "Drugo")),
    ];

    public const string NoTopic = "none";

    public static readonly IReadOnlyList<(string Key, ReportText Label)> Topics =
    [
        ("jobOfferCheck", new("Job offer", "Ponuda za posao")),
        ("safeMigration", new("Safe migration", "Bezbedna migracija")),
        ("traffickingIndicators", new("Trafficking indicators", "Indikatori trgovine ljudima")),
        ("missingPerson", new("Missing person", "Nestala osoba")),
        ("legalQuestion", new("Legal question", "Pravno pitanje")),
        ("psychologicalSupport", new("Psychological support", "Psihološka podrška")),
        ("medicalQuestion", new("Medical question", "Medicinsko pitanje")),
        ("other", new("Other", "Drugo")),
        (NoTopic, new("No topic recorded", "Tema nije upisana")),
    ];

    public static IReadOnlyList<(string Key, ReportText Label)> OneColumn { get; } = [("contacts", Contacts)];
}
