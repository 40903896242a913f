using Astra.Workflows.Modules.Legal.Storage;
using Astra.Workflows.Modules.Platform.Text;

namespace Astra.Workflows.Modules.Legal.Contracts;

/// <summary>A deadline kind's name in the three languages, and whether its Cyrillic is derived from the Latin.</summary>
public sealed record DeadlineKindLabels(string En, string SrLatn, string SrCyrl, bool SrCyrlDerived)
{
    /// <summary>The name in en, sr-Latn or sr-Cyrl; English for anything else.</summary>
    public string In(string? language) => language switch
    {
        "sr-Latn" => SrLatn,
        "sr-Cyrl" => SrCyrl,
        _ => En,
    };

    /// <summary>
    /// The stored labels win; a row without them (before per-language labels) takes the shipped kind's built-in names,
    /// then its one English label in every language, and its key only as a last resort.
    /// </summary>
    public static DeadlineKindLabels Of(LegalDeadlineKindEntity kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var builtIn = LegalDeadlineKinds.BuiltInLabels.GetValueOrDefault(kind.Key);
        var en = NonBlank(kind.Label) ?? builtIn.En ?? kind.Key;
        var latin = NonBlank(kind.LabelSrLatn) ?? builtIn.SrLatn;
        if (NonBlank(kind.LabelSrCyrl) is { } cyrillic)
        {
            return new(en, latin ?? en, cyrillic, false);
        }

        // An English label standing in for a missing Serbian one is not transliterated ("Цивил аппеал").
        return latin is null ? new(en, en, en, false) : new(en, latin, SerbianScript.ToCyrillic(latin), true);
    }

    /// <summary>The name of <paramref name="key"/> among <paramref name="kinds"/>; a deleted or unknown key reads as itself.</summary>
    public static string Of(IReadOnlyDictionary<string, LegalDeadlineKindEntity> kinds, string key, string language)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        return kinds.TryGetValue(key, out var kind) ? Of(kind).In(language) : key;
    }

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
