namespace Astra.Workflows.Modules.Reports.Contracts;

/// <summary>
/// A text a report shows (its title, a row or column label) in English and Serbian Latin; Serbian Cyrillic is derived
/// from the Latin by <see cref="SerbianScript"/>, as the web app does, so no third spelling can drift — unless
/// <paramref name="SrCyrl"/> is given, for a catalogue entry whose Cyrillic an admin entered.
/// </summary>
public sealed record ReportText(string En, string SrLatn, string? SrCyrl = null)
{
    public const string English = "en";
    public const string SerbianLatin = "sr-Latn";
    public const string SerbianCyrillic = "sr-Cyrl";

    public static IReadOnlyList<string> Languages { get; } = [English, SerbianLatin, SerbianCyrillic];

    /// <summary>The text in <paramref name="language"/> (en, sr-Latn or sr-Cyrl); English for anything else.</summary>
    public string In(string? language) => language switch
    {
        SerbianLatin => SrLatn,
        SerbianCyrillic => SrCyrl ?? SerbianScript.ToCyrillic(SrLatn),
        _ => En,
    };

    /// <summary>A label that reads the same in every language (a country code, a task type key).</summary>
    public static ReportText Same(string text) => new(text, text);
}
