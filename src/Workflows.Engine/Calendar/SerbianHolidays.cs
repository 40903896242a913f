using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Astra.Workflows.Engine.Calendar;

/// <summary>
/// State public holidays of the Republic of Serbia on which work stops (Zakon o državnim i drugim
/// praznicima u Republici Srbiji). Holidays of other faiths, which are free only for their members, are
/// deliberately not included: they are per-person, not organisation-wide.
/// </summary>
public static class SerbianHolidays
{
    // Years are computed once and reused: deadline loops ask about every day they pass.
    private static readonly ConcurrentDictionary<int, HolidayYear> Cache = new();

    /// <summary>All holidays of the year, ordered by date. A date can appear twice when two holidays coincide.</summary>
    public static IReadOnlyList<Holiday> For(int year) => Year(year).Holidays;

    /// <summary>The distinct non-working dates of the year.</summary>
    public static IReadOnlySet<DateOnly> DatesFor(int year) => Year(year).Dates;

    public static bool IsHoliday(DateOnly date) => Year(date.Year).Dates.Contains(date);

    // GetOrAdd may compute a year twice under a race; the result is identical and immutable, so that is cheaper
    // than locking.
    private static HolidayYear Year(int year) => Cache.GetOrAdd(year, Compute);

    private static HolidayYear Compute(int year)
    {
        var fixedDays = FixedHolidays(year).Concat(EasterHolidays(year)).ToList();
        var dates = fixedDays.Select(h => h.Date).ToHashSet();
        var moved = new List<Holiday>();

        // Iterating in date order lets a later move see an earlier one, so two moves never land on the same day.
        foreach (var holiday in fixedDays.Where(h => !h.IsReligious && h.Date.DayOfWeek == DayOfWeek.Sunday).OrderBy(h => h.Date))
        {
            var free = holiday.Date.AddDays(1);
            while (free.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || dates.Contains(free))
            {
                free = free.AddDays(1);
            }

            dates.Add(free);
            moved.Add(holiday with { Date = free, MovedFrom = holiday.Date });
        }

        var all = fixedDays.Concat(moved).OrderBy(h => h.Date).ThenBy(h => h.Name, StringComparer.Ordinal).ToList();
        return new HolidayYear(all.AsReadOnly(), dates.ToFrozenSet());
    }

    private static IEnumerable<Holiday> FixedHolidays(int year)
    {
        yield return new Holiday(new DateOnly(year, 1, 1), "New Year", IsReligious: false);
        yield return new Holiday(new DateOnly(year, 1, 2), "New Year", IsReligious: false);
        yield return new Holiday(new DateOnly(year, 1, 7), "Orthodox Christmas", IsReligious: true);
        yield return new Holiday(new DateOnly(year, 2, 15), "Statehood Day", IsReligious: false);
        yield return new Holiday(new DateOnly(year, 2, 16), "Statehood Day", IsReligious: false);
        yield return new Holiday(new DateOnly(year, 5, 1), "Labour Day", IsReligious: false);
        yield return new Holiday(new DateOnly(year, 5, 2), "Labour Day", IsReligious: false);
        yield return new Holiday(new DateOnly(year, 11, 11), "Armistice Day", IsReligious: false);
    }

    private static IEnumerable<Holiday> EasterHolidays(int year)
    {
        var easter = OrthodoxEaster.For(year);
        yield return new Holiday(easter.AddDays(-2), "Orthodox Good Friday", IsReligious: true);
        yield return new Holiday(easter.AddDays(-1), "Orthodox Holy Saturday", IsReligious: true);
        yield return new Holiday(easter, "Orthodox Easter Sunday", IsReligious: true);
        yield return new Holiday(easter.AddDays(1), "Orthodox Easter Monday", IsReligious: true);
    }

    private sealed record HolidayYear(IReadOnlyList<Holiday> Holidays, FrozenSet<DateOnly> Dates);
}
