namespace Astra.Workflows.Modules.Reports.Profile;

/// <summary>One line of the mapping: our field and code, and the HTCDS field and value it becomes.</summary>
public sealed record HtcdsLine(string Field, string Code, string HtcdsField, string HtcdsValue);

/// <summary>
/// The ONE table from the coded profile to the IOM Human Trafficking Case Data Standard (HTCDS) as CTDC publishes it
/// (docs/reports.md shows the same table). Where HTCDS has no equivalent (our age bands, place, referral source) the
/// export keeps our code in our own column; citizenship is ISO 3166-1 alpha-2 in both. An exploitation code may set
/// several HTCDS flags (begging is forced labour of the begging type).
/// </summary>
public static class HtcdsMapping
{
    public const string Gender = "gender";
    public const string MajorityStatus = "majorityStatus";
    public const string Citizenship = "citizenship";
    public const string YearOfRegistration = "yearOfRegistration";
    public const string TypeOfExploit = "typeOfExploitConcatenated";

    public static IReadOnlyList<HtcdsLine> Table { get; } =
    [
        new("sex", "female", Gender, "Female"),
        new("sex", "male", Gender, "Male"),
        new("sex", "other", Gender, "Transgender/NonConforming"),
        new("sex", "unknown", Gender, ""),
        new("ageGroup", "0-13", MajorityStatus, "Minor"),
        new("ageGroup", "14-17", MajorityStatus, "Minor"),
        new("ageGroup", "18-24", MajorityStatus, "Adult"),
        new("ageGroup", "25-34", MajorityStatus, "Adult"),
        new("ageGroup", "35-49", MajorityStatus, "Adult"),
        new("ageGroup", "50+", MajorityStatus, "Adult"),
        new("ageGroup", "unknown", MajorityStatus, ""),
        new("exploitation", "sexual", "isSexualExploit", "1"),
        new("exploitation", "labour", "isForcedLabour", "1"),
        new("exploitation", "begging", "isForcedLabour", "1"),
        new("exploitation", "begging", "typeOfLabourBegging", "1"),
        new("exploitation", "criminality", "isForcedLabour", "1"),
        new("exploitation", "criminality", "typeOfLabourIllicitActivities", "1"),
        new("exploitation", "domesticServitude", "isForcedLabour", "1"),
        new("exploitation", "domesticServitude", "typeOfLabourDomesticWork", "1"),
        new("exploitation", "forcedMarriage", "isForcedMarriage", "1"),
        new("exploitation", "organRemoval", "isOrganRemoval", "1"),
        new("exploitation", "other", "isOtherExploit", "1"),
        new("exploitation", "sexual", TypeOfExploit, "Sexual exploitation"),
        new("exploitation", "labour", TypeOfExploit, "Forced labour"),
        new("exploitation", "begging", TypeOfExploit, "Forced labour"),
        new("exploitation", "criminality", TypeOfExploit, "Forced labour"),
        new("exploitation", "domesticServitude", TypeOfExploit, "Forced labour"),
        new("exploitation", "forcedMarriage", TypeOfExploit, "Forced marriage"),
        new("exploitation", "organRemoval", TypeOfExploit, "Organ removal"),
        new("exploitation", "other", TypeOfExploit, "Other"),
        new("citizenship", "(ISO 3166-1 alpha-2)", Citizenship, "(the same code)"),
        new("identification.on / case opened", "(year)", YearOfRegistration, "(the year)"),
    ];

    /// <summary>The HTCDS value of our <paramref name="code"/> of <paramref name="field"/> for <paramref name="htcdsField"/>, or null.</summary>
    public static string? Value(string field, string code, string htcdsField) =>
        Table.FirstOrDefault(l => l.Field == field && l.Code == code && l.HtcdsField == htcdsField)?.HtcdsValue;

    /// <summary>The HTCDS flags (isSexualExploit, …) our exploitation codes set.</summary>
    public static IReadOnlyList<string> FlagsOf(IEnumerable<string> exploitation) =>
        exploitation.SelectMany(code => Table.Where(l => l.Field == "exploitation" && l.Code == code && l.HtcdsValue == "1").Select(l => l.HtcdsField))
            .Distinct(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> Flags { get; } =
        Table.Where(l => l.Field == "exploitation" && l.HtcdsValue == "1").Select(l => l.HtcdsField).Distinct(StringComparer.Ordinal).ToList();
}
