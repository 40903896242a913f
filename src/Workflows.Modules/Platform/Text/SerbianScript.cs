using System.Text;
using System.Text.RegularExpressions;

namespace Astra.Workflows.Modules.Platform.Text;

/// <summary>
/// Serbian Latin to Cyrillic, letter for letter (lj, nj and dž are one letter each), keeping Latin what Serbian
/// Cyrillic text writes in Latin: the product name (ASTRA and its cases), technical acronyms (JSON, URL…), codes
/// (AS-2026-0010, KT-123/26), file and folder names, e-mail addresses, URLs, identifiers (taskType) and foreign
/// words (q, w, x, y), plus <c>{{ … }}</c> placeholders. The web app's <c>src/i18n/transliterate.ts</c> follows the
/// same rules; the two test suites share their cases.
/// </summary>
public static partial class SerbianScript
{
    private static readonly Dictionary<string, string> Digraphs = new(StringComparer.Ordinal)
    {
        ["Lj"] = "Љ", ["LJ"] = "Љ", ["lj"] = "љ", ["Nj"] = "Њ", ["NJ"] = "Њ", ["nj"] = "њ", ["Dž"] = "Џ", ["DŽ"] = "Џ", ["dž"] = "џ",
    };

    private static readonly Dictionary<char, char> Letters = Pairs(
        "ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠabvgdđežzijklmnoprstćufhcčš",
        "АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШабвгдђежзијклмнопрстћуфхцчш");

    /// <summary>Acronyms and names that stay Latin (compared case-sensitively).</summary>
    private static readonly HashSet<string> KeptWords = new(StringComparer.Ordinal)
    {
        "JSON", "CSV", "PDF", "URL", "API", "HTTP", "HTTPS", "SMTP", "ICS", "iCal", "iCalendar", "ISO", "UTC", "XML", "HTML",
        "UUID", "OpenAPI", "AstraWorkflows", "JavaScript", "Liquid", "Excel", "GET", "POST", "PUT", "DELETE",
    };

    public static string ToCyrillic(string latin)
    {
        ArgumentNullException.ThrowIfNull(latin);
        var result = new StringBuilder(latin.Length);
        var parts = Protected().Split(latin);
        for (var p = 0; p < parts.Length; p++)
        {
            // Split with one capture group: odd parts are the protected spans.
            result.Append(p % 2 == 1 ? parts[p] : ConvertWords(parts[p]));
        }

        return result.ToString();
    }

    /// <summary>True when the word (without surrounding punctuation) is written in Latin also in Cyrillic text.</summary>
    public static bool StaysLatin(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return KeptWords.Contains(word)
            || ProductName().IsMatch(word)
            || word.Any(char.IsDigit) && word.Any(char.IsAsciiLetter)
            || Code().IsMatch(word)
            || Technical().IsMatch(word)
            || word.IndexOfAny(['q', 'w', 'x', 'y', 'Q', 'W', 'X', 'Y']) >= 0;
    }

    private static string ConvertWords(string text)
    {
        var result = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match token in Token().Matches(text))
        {
            result.Append(text, last, token.Index - last);
            var word = token.Value;
            var core = word.Trim(Edges);
            result.Append(core.Length > 0 && StaysLatin(core) ? word : Letterwise(word));
            last = token.Index + token.Length;
        }

        result.Append(text, last, text.Length - last);
        return result.ToString();
    }

    private static readonly char[] Edges = ['(', ')', '[', ']', ',', ';', ':', '.', '!', '?', '"', '\'', '„', '“', '”', '«', '»', '‘', '’', '…'];

    private static string Letterwise(string latin)
    {
        var result = new StringBuilder(latin.Length);
        for (var i = 0; i < latin.Length; i++)
        {
            if (i + 1 < latin.Length && Digraphs.TryGetValue(latin.Substring(i, 2), out var digraph))
            {
                result.Append(digraph);
                i++;
            }
            else
            {
                result.Append(Letters.TryGetValue(latin[i], out var letter) ? letter : latin[i]);
            }
        }

        return result.ToString();
    }

    private static Dictionary<char, char> Pairs(string latin, string cyrillic) =>
        latin.Zip(cyrillic).ToDictionary(p => p.First, p => p.Second);

    [GeneratedRegex(@"(\{\{[^}]*\}\}|\{%[^}]*%\}|https?://\S+|www\.\S+)")]
    private static partial Regex Protected();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    // ASTRA declines in Serbian: ASTRA, ASTRE, ASTRI, ASTRU, ASTROM (and the same in title case).
    [GeneratedRegex(@"^(ASTR(A|E|I|U|O|OM|IN\p{L}*)|Astr(a|e|i|u|o|om|in\p{L}*))(-\w+)?$")]
    private static partial Regex ProductName();

    // Upper-case codes with a dash or slash: KT-…, AS-2026-0010, PIO/…
    [GeneratedRegex(@"^[A-Z]{1,6}([-/][A-Za-z0-9…]+)+$|^[A-Z]{1,6}-…?$")]
    private static partial Regex Code();

    // Paths, file names, addresses, identifiers: a slash at either end or two of them, a backslash, an @, an underscore,
    // a dot or a lower-to-upper change inside the word (definitions/, /api/…, *.workflow.json, casemanager@astra.local,
    // taskType). One slash inside a word is Serbian ("klijent/kinja", "njena/njegova").
    [GeneratedRegex(@"^/|/$|/.*/|[\\@_*]|\w\.\w|\p{Ll}\p{Lu}")]
    private static partial Regex Technical();
}
