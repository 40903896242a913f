using Astra.Workflows.Modules.Platform.Text;

namespace Astra.Workflows.Modules.Legal.CalendarFeed;

/// <summary>
/// The calendar feed's texts in its owner's language: hearing and deadline kinds by name, never their keys
/// ("Glavni pretres — AS-2026-0010, Viši sud u Beogradu"). Cyrillic is derived from Latin; the case code stays Latin.
/// </summary>
internal static class FeedTexts
{
    private static readonly Dictionary<string, (string En, string SrLatn)> HearingKinds = new(StringComparer.Ordinal)
    {
        ["preliminary"] = ("Preliminary hearing", "Pripremno ročište"),
        ["mainTrial"] = ("Main trial", "Glavni pretres"),
        ["closing"] = ("Closing arguments", "Završne reči"),
        ["pronouncement"] = ("Pronouncement of the verdict", "Objavljivanje presude"),
        ["other"] = ("Hearing", "Ročište"),
    };

    public static string CalendarName(string language) => In(language, ("ASTRA hearings and deadlines", "ASTRA ročišta i rokovi"));

    /// <summary>"Glavni pretres — AS-2026-0010, Viši sud u Beogradu".</summary>
    public static string Hearing(string language, string kind, string caseCode, string court) =>
        $"{In(language, HearingKinds.GetValueOrDefault(kind, HearingKinds["other"]))} — {caseCode}, {Court(language, court)}";

    /// <summary>"Rok: Žalba u krivičnom postupku — AS-2026-0010, Viši sud u Beogradu"; <paramref name="kindName"/> is already in the feed's language.</summary>
    public static string Deadline(string language, string kindName, string caseCode, string court) =>
        $"{In(language, ("Deadline", "Rok"))}: {kindName} — {caseCode}, {Court(language, court)}";

    public static string LastDay(string language, DateOnly day) =>
        $"{In(language, ("last day", "poslednji dan"))} {day:yyyy-MM-dd}";

    // Courts are entered in Serbian Latin; a Cyrillic reader gets them in Cyrillic as courts write them.
    public static string Court(string language, string court) => language == "sr-Cyrl" ? SerbianScript.ToCyrillic(court) : court;

    private static string In(string language, (string En, string SrLatn) text) => language switch
    {
        "sr-Latn" => text.SrLatn,
        "sr-Cyrl" => SerbianScript.ToCyrillic(text.SrLatn),
        _ => text.En,
    };
}
