using Astra.Workflows.Modules.Reports.Contracts;

namespace Astra.Workflows.Modules.Reports.Builtin;

/// <summary>The words of the built-in reports: row and column labels for each code, in English and Serbian Latin.</summary>
internal static class Labels
{
    public static readonly ReportText NotRecorded = new("Not recorded", "Nije upisano");

    public static readonly IReadOnlyList<(string Key, ReportText Label)> Identification =
    [
        (ProfileCodes.FormallyIdentified, new("Formally identified", "Formalno identifikovane")),
        (ProfileCodes.Potential, new("Potential victims", "Potencijalne žrtve")),
    ];

    public static readonly IReadOnlyList<(string Key, ReportText Label)> Sexes =
    [
        ("female", new("Female", "Žensko")),
        ("male", new("Male", "Muško")),
        ("other", new("Other", "Drugo")),
        (ProfileCodes.Unknown, new("Unknown", "Nepoznato")),
    ];

    public static readonly IReadOnlyList<(string Key, ReportText Label)> AgeGroups =
    [
        ("0-13", new("Children 0–13", "Deca 0–13")),
        ("14-17", new("Children 14–17", "Deca 14–17")),
        ("18-24", new("Adults 18–24", "Odrasli 18–24")),
        ("25-34", new("Adults 25–34", "Odrasli 25–34")),
        ("35-49", new("Adults 35–49", "Odrasli 35–49")),
        ("50+", new("Adults 50+", "Odrasli 50+")),
        (ProfileCodes.Unknown, new("Age unknown", "Uzrast nepoznat")),
    ];

    public static readonly IReadOnlyList<(string Key, ReportText Label)> ChildOrAdult =
    [
        ("child", new("Children (under 18)", "Deca (ispod 18)")),
        ("adult", new("Adults", "Odrasli")),
        (ProfileCodes.Unknown, new("Age unknown", "Uzrast nepoznat")),
    ];

    public static readonly IReadOnlyList<(string Key, ReportText Label)> Citizenship =
    [
        ("serbian", new("Serbian citizens", "Državljani Srbije")),
        ("foreign", new("Foreign citizens", "Strani državljani")),
        (ProfileCodes.Unknown, new("Citizenship unknown", "Državljanstvo nepoznato")),
    ];

    public static readonly IReadOnlyList<(string Key, ReportText Label)> Exploitations =
    [
        ("sexual", new("Sexual exploitation", "Seksualna eksploatacija")),
        ("labour", new("Labour exploitation", "Radna eksploatacija")),
        ("begging", new("Forced begging", "Prinudno prosjačenje")),
        ("criminality", new("Forced criminality", "Prinuda na vršenje krivičnih dela")),
        ("forcedMarriage", new("Forced marriage", "Prinudni brak")),
        ("domesticServitude", new("Domestic servitude", "Kućno ropstvo")),
        ("organRemoval", new("Organ removal", "Uklanjanje organa")),
        ("other", new("Other exploitation", "Drugi oblici eksploatacije")),
        (ProfileCodes.Unknown, NotRecorded),
    ];

    public static readonly IReadOnlyList<(string Key, ReportText Label)> ReferralSources =
    [
        ("police", new("Police", "Policija")),
        ("socialWork", new("Centre for Social Work", "Centar za socijalni rad")),
        ("stateCentre", new("State Centre for Protection of Victims", "Centar za zaštitu žrtava trgovine ljudima")),
        ("ngo", new("Civil society organisation", "Organizacija civilnog društva")),
        ("selfReferral", new("Self-referral", "Samoinicijativno")),
        ("family", new("Family or friends", "Porodica ili prijatelji")),
        ("hotline", new("ASTRA SOS hotline", "ASTRA SOS telefon")),
        ("other", new("Other", "Drugo")),
        (ProfileCodes.Unknown, NotRecorded),
    ];
}
