namespace Astra.Workflows.Modules.Reports.Contracts;

/// <summary>
/// The codes of the coded case profile (no identity in it). Stored and sent as these strings, so they never change
/// spelling; their HTCDS equivalents are in <c>Profile/HtcdsMapping</c>. Other modules (the hotline's exploitation
/// field) use the same exploitation codes.
/// </summary>
public static class ProfileCodes
{
    public const string Unknown = "unknown";

    public static IReadOnlyList<string> Sexes { get; } = ["female", "male", "other", Unknown];

    /// <summary>Age at identification; the first two are children, reported apart everywhere.</summary>
    public static IReadOnlyList<string> AgeGroups { get; } = ["0-13", "14-17", "18-24", "25-34", "35-49", "50+", Unknown];

    public static IReadOnlyList<string> ChildAgeGroups { get; } = ["0-13", "14-17"];

    public static IReadOnlyList<string> Exploitations { get; } =
        ["sexual", "labour", "begging", "criminality", "forcedMarriage", "domesticServitude", "organRemoval", "other"];

    public static IReadOnlyList<string> Places { get; } = ["internal", "international", "both"];

    public const string Potential = "potential";
    public const string FormallyIdentified = "formallyIdentified";

    public static IReadOnlyList<string> IdentificationStatuses { get; } = [Potential, FormallyIdentified];

    /// <summary>Who identifies formally: the state Centre for Protection of Victims of Trafficking (adults) or a Centre for Social Work (children).</summary>
    public static IReadOnlyList<string> Identifiers { get; } = ["stateCentre", "socialWork"];

    public static IReadOnlyList<string> ReferralSources { get; } =
        ["police", "socialWork", "stateCentre", "ngo", "selfReferral", "family", "hotline", "other"];

    /// <summary>Serbia's ISO 3166 code: citizenship is reported as Serbian or foreign.</summary>
    public const string Serbia = "RS";
}
