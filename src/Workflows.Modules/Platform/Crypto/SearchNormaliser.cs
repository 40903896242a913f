using System.Globalization;
using System.Text;

namespace Astra.Workflows.Modules.Platform.Crypto;

/// <summary>
/// Makes the spellings staff actually type compare equal before hashing: case, spacing, Serbian diacritics
/// (č ć š ž đ) and Cyrillic script, so "Јована Петровић", "JOVANA  PETROVIĆ" and "jovana petrovic" are one value.
/// </summary>
public static class SearchNormaliser
{
    private static readonly Dictionary<char, string> Replacements = new()
    {
        // Serbian Cyrillic (Vuk's alphabet) to Gaj's Latin without diacritics.
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['ђ'] = "dj", ['е'] = "e", ['ж'] = "z",
        ['з'] = "z", ['и'] = "i", ['ј'] = "j", ['к'] = "k", ['л'] = "l", ['љ'] = "lj", ['м'] = "m", ['н'] = "n",
        ['њ'] = "nj", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['ћ'] = "c", ['у'] = "u",
        ['ф'] = "f", ['х'] = "h", ['ц'] = "c", ['ч'] = "c", ['џ'] = "dz", ['ш'] = "s",
        // Other Cyrillic letters clients from the region bring (Russian, Ukrainian, Bulgarian, Macedonian).
        ['й'] = "j", ['ы'] = "y", ['э'] = "e", ['ю'] = "ju", ['я'] = "ja", ['щ'] = "sc", ['ъ'] = "", ['ь'] = "",
        ['ё'] = "e", ['і'] = "i", ['ї'] = "ji", ['є'] = "je", ['ґ'] = "g", ['ѓ'] = "gj", ['ќ'] = "kj", ['ѕ'] = "dz",
        // Latin letters that Unicode decomposition leaves alone.
        ['đ'] = "dj", ['ł'] = "l", ['ø'] = "o", ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ı'] = "i",
    };

    public static string Name(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var lowered = value.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var replaced = new StringBuilder(lowered.Length);
        foreach (var c in lowered)
        {
            replaced.Append(Replacements.TryGetValue(c, out var latin) ? latin : c.ToString());
        }

        var result = new StringBuilder(replaced.Length);
        var pendingSpace = false;
        foreach (var c in replaced.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>Document numbers are written with and without spaces or dashes; only letters and digits count.</summary>
    public static string DocumentNumber(string? value) =>
        string.Concat(Name(value).Where(char.IsLetterOrDigit));
}
