using System.Globalization;
using Astra.Workflows.Modules.Reports.Contracts;

namespace Astra.Workflows.Modules.Reports.Exports;

/// <summary>The quasi-identifiers of one person: sex, age group, citizenship, exploitation and year.</summary>
internal sealed record QuasiIdentifiers(string Sex, string Age, string Citizenship, string Exploitation, string Year);

/// <summary>One person's profile as the export reads it.</summary>
internal sealed record PersonCodes(string Sex, string AgeGroup, string? Citizenship, IReadOnlyList<string> Exploitation, int Year);

/// <summary>What the anonymiser did: the generalisation steps it took and how many people it left out.</summary>
internal sealed record Anonymised(IReadOnlyList<QuasiIdentifiers> Rows, int Level, IReadOnlyList<string> Steps, int Suppressed);

/// <summary>
/// k-anonymity by global recoding, then suppression: every combination of the quasi-identifiers in the output is
/// shared by at least k people. Steps generalise one identifier each, coarsest-harm first (citizenship to
/// Serbian/foreign, exploitation to its group, age to child/adult, year to five-year bands, then exploitation and sex
/// hidden); after each step, when at most <see cref="SuppressionShare"/> of the people are still in too-small
/// combinations, those people are left out and the rest published. After the last step whatever is left small is
/// left out, so the guarantee always holds.
/// </summary>
internal static class KAnonymiser
{
    public const double SuppressionShare = 0.05;
    public const string Hidden = "*";

    private static readonly Func<QuasiIdentifiers, QuasiIdentifiers>[] Generalisations =
    [
        q => q with { Citizenship = q.Citizenship is ProfileCodes.Serbia or ProfileCodes.Unknown ? q.Citizenship : "foreign" },
        q => q with { Exploitation = ExploitationGroup(q.Exploitation) },
        q => q with { Age = ProfileCodes.ChildAgeGroups.Contains(q.Age) ? "minor" : q.Age == ProfileCodes.Unknown ? q.Age : "adult" },
        q => q with { Year = FiveYears(q.Year) },
        q => q with { Exploitation = Hidden },
        q => q with { Sex = Hidden },
    ];

    public static IReadOnlyList<string> StepNames { get; } =
        ["citizenship: Serbian/foreign", "exploitation: group", "age: minor/adult", "year: five-year band", "exploitation: hidden", "sex: hidden"];

    public static QuasiIdentifiers Exact(PersonCodes person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new QuasiIdentifiers(
            person.Sex,
            person.AgeGroup,
            person.Citizenship ?? ProfileCodes.Unknown,
            person.Exploitation.Count == 0 ? ProfileCodes.Unknown : string.Join('+', person.Exploitation.Order(StringComparer.Ordinal)),
            person.Year.ToString(CultureInfo.InvariantCulture));
    }

    public static Anonymised Apply(IReadOnlyList<PersonCodes> people, int k)
    {
        ArgumentNullException.ThrowIfNull(people);
        var rows = people.Select(Exact).ToList();
        var budget = (int)Math.Floor(rows.Count * SuppressionShare);
        for (var level = 0; ; level++)
        {
            var small = SmallClasses(rows, k);
            var inSmall = rows.Count(small.Contains);
            if (inSmall <= budget || level == Generalisations.Length)
            {
                var kept = rows.Where(r => !small.Contains(r)).ToList();
                return new Anonymised(kept, level, StepNames.Take(level).ToList(), rows.Count - kept.Count);
            }

            rows = rows.Select(Generalisations[level]).ToList();
        }
    }

    public static HashSet<QuasiIdentifiers> SmallClasses(IEnumerable<QuasiIdentifiers> rows, int k) =>
        rows.GroupBy(r => r).Where(g => g.Count() < k).Select(g => g.Key).ToHashSet();

    /// <summary>sexual → sexual; labour, begging, criminality, domestic servitude → labour; the rest → other.</summary>
    private static string ExploitationGroup(string exploitation)
    {
        if (exploitation is ProfileCodes.Unknown or Hidden)
        {
            return exploitation;
        }

        var groups = exploitation.Split('+').Select(code => code switch
        {
            "sexual" => "sexual",
            "labour" or "begging" or "criminality" or "domesticServitude" => "labour",
            _ => "other",
        });
        return string.Join('+', groups.Distinct().Order(StringComparer.Ordinal));
    }

    private static string FiveYears(string year)
    {
        var value = int.Parse(year, CultureInfo.InvariantCulture);
        var start = value - (value % 5);
        return string.Create(CultureInfo.InvariantCulture, $"{start}-{start + 4}");
    }
}
