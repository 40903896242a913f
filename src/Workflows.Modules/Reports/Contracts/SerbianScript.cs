using System.Text;

namespace Astra.Workflows.Modules.Reports.Contracts;

/// <summary>Serbian Latin to Cyrillic, letter for letter (lj, nj and dž are one letter each); digits and symbols stay.</summary>
public static class SerbianScript
{
    private static readonly Dictionary<string, string> Digraphs = new(StringComparer.Ordinal)
    {
        ["Lj"] = "Љ", ["LJ"] = "Љ", ["lj"] = "љ", ["Nj"] = "Њ", ["NJ"] = "Њ", ["nj"] = "њ", ["Dž"] = "Џ", ["DŽ"] = "Џ", ["dž"] = "џ",
    };

    private static readonly Dictionary<char, char> Letters = Pairs(
        "ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠabvgdđežzijklmnoprstćufhcčš",
        "АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШабвгдђежзијклмнопрстћуфхцчш");

    public static string ToCyrillic(string latin)
    {
        ArgumentNullException.ThrowIfNull(latin);
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
}
