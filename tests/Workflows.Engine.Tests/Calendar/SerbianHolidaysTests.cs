using Astra.Workflows.Engine.Calendar;

namespace Astra.Workflows.Engine.Tests.Calendar;

public class SerbianHolidaysTests
{
    // Each row: date | name | religious | moved from (empty if not moved). Same-date rows are ordered by name.
    public static TheoryData<int, string[]> OfficialLists => new()
    {
        {
            // Easter 5 May; 7 Jan is a Sunday but religious, so nothing moves.
            2024,
            [
                "2024-01-01|New Year|False|", "2024-01-02|New Year|False|", "2024-01-07|Orthodox Christmas|True|",
                "2024-02-15|Statehood Day|False|", "2024-02-16|Statehood Day|False|",
                "2024-05-01|Labour Day|False|", "2024-05-02|Labour Day|False|",
                "2024-05-03|Orthodox Good Friday|True|", "2024-05-04|Orthodox Holy Saturday|True|",
                "2024-05-05|Orthodox Easter Sunday|True|", "2024-05-06|Orthodox Easter Monday|True|",
                "2024-11-11|Armistice Day|False|",
            ]
        },
        {
            // 15 Feb is a Saturday (no move), 16 Feb a Sunday -> Monday 17 Feb free.
            2025,
            [
                "2025-01-01|New Year|False|", "2025-01-02|New Year|False|", "2025-01-07|Orthodox Christmas|True|",
                "2025-02-15|Statehood Day|False|", "2025-02-16|Statehood Day|False|",
                "2025-02-17|Statehood Day|False|2025-02-16",
                "2025-04-18|Orthodox Good Friday|True|", "2025-04-19|Orthodox Holy Saturday|True|",
                "2025-04-20|Orthodox Easter Sunday|True|", "2025-04-21|Orthodox Easter Monday|True|",
                "2025-05-01|Labour Day|False|", "2025-05-02|Labour Day|False|",
                "2025-11-11|Armistice Day|False|",
            ]
        },
        {
            // 15 Feb is a Sunday; Monday 16 Feb is already Statehood Day, so Tuesday 17 Feb is free.
            2026,
            [
                "2026-01-01|New Year|False|", "2026-01-02|New Year|False|", "2026-01-07|Orthodox Christmas|True|",
                "2026-02-15|Statehood Day|False|", "2026-02-16|Statehood Day|False|",
                "2026-02-17|Statehood Day|False|2026-02-15",
                "2026-04-10|Orthodox Good Friday|True|", "2026-04-11|Orthodox Holy Saturday|True|",
                "2026-04-12|Orthodox Easter Sunday|True|", "2026-04-13|Orthodox Easter Monday|True|",
                "2026-05-01|Labour Day|False|", "2026-05-02|Labour Day|False|",
                "2026-11-11|Armistice Day|False|",
            ]
        },
        {
            // Easter 2 May overlaps Labour Day: 1 May is also Holy Saturday, 2 May (Sunday) also Easter Sunday,
            // Monday 3 May is Easter Monday, so the freed day for 2 May lands on Tuesday 4 May.
            2027,
            [
                "2027-01-01|New Year|False|", "2027-01-02|New Year|False|", "2027-01-07|Orthodox Christmas|True|",
                "2027-02-15|Statehood Day|False|", "2027-02-16|Statehood Day|False|",
                "2027-04-30|Orthodox Good Friday|True|",
                "2027-05-01|Labour Day|False|", "2027-05-01|Orthodox Holy Saturday|True|",
                "2027-05-02|Labour Day|False|", "2027-05-02|Orthodox Easter Sunday|True|",
                "2027-05-03|Orthodox Easter Monday|True|",
                "2027-05-04|Labour Day|False|2027-05-02",
                "2027-11-11|Armistice Day|False|",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(OfficialLists))]
    public void Match_the_official_list(int year, string[] expected)
    {
        var actual = SerbianHolidays.For(year)
            .Select(h => $"{Day.Iso(h.Date)}|{h.Name}|{h.IsReligious}|{(h.MovedFrom is { } m ? Day.Iso(m) : "")}")
            .ToArray();

        Assert.Equal(expected, actual);
    }

    // Weekdays checked by hand: 1 Jan 2022 was a Saturday (2021-01-01 Friday + 365 days = 52 weeks + 1 day), so
    // 2 Jan 2022 was a Sunday; 1 Jan 2023 a Sunday (one more day); 2018-11-11: 1 Jan 2018 was a Monday and
    // 11 Nov is day 315 of the year, 314 days = 44 weeks + 6 days later -> Sunday; 1 May 2022: 2022-01-01 Saturday,
    // 1 May is day 121, 120 days = 17 weeks + 1 day -> Sunday; 1 May 2016 was Orthodox Easter Sunday;
    // 2029-11-11: 1 Jan 2029 is a Monday, 2029 not leap, day 315 -> same as 2018 -> Sunday.
    [Theory]
    [InlineData("2022-01-02", "2022-01-03")] // 2 Jan Sunday -> Monday
    [InlineData("2023-01-01", "2023-01-03")] // 1 Jan Sunday, Monday 2 Jan already New Year -> Tuesday
    [InlineData("2018-11-11", "2018-11-12")] // Armistice Day Sunday -> Monday
    [InlineData("2029-11-11", "2029-11-12")]
    [InlineData("2022-05-01", "2022-05-03")] // Monday 2 May already Labour Day -> Tuesday
    [InlineData("2016-05-01", "2016-05-03")] // 1 May is Easter Sunday too; Monday 2 May is both Labour Day and Easter Monday
    [InlineData("2021-05-02", "2021-05-04")] // Easter Sunday too; Monday 3 May is Easter Monday -> Tuesday
    public void A_non_religious_holiday_on_a_Sunday_frees_the_next_working_day(string sunday, string freed)
    {
        Assert.Equal(DayOfWeek.Sunday, Day.Of(sunday).DayOfWeek);

        var moved = Assert.Single(SerbianHolidays.For(Day.Of(sunday).Year), h => h.MovedFrom == Day.Of(sunday));

        Assert.Equal(Day.Of(freed), moved.Date);
        Assert.True(moved.IsMoved);
        Assert.False(moved.IsReligious);
        Assert.True(SerbianHolidays.IsHoliday(Day.Of(freed)));
    }

    [Theory]
    [InlineData(2024)] // 7 Jan 2024 was a Sunday
    [InlineData(2029)] // 7 Jan 2029: 1 Jan 2029 Monday -> 7 Jan Sunday
    public void Orthodox_Christmas_on_a_Sunday_frees_nothing(int year)
    {
        Assert.Equal(DayOfWeek.Sunday, new DateOnly(year, 1, 7).DayOfWeek);
        Assert.False(SerbianHolidays.IsHoliday(new DateOnly(year, 1, 8)));
        Assert.DoesNotContain(SerbianHolidays.For(year), h => h.IsMoved && h.IsReligious);
    }

    [Fact]
    public void Moved_days_never_fall_on_a_weekend_or_another_holiday_in_any_year()
    {
        for (var year = 1900; year <= 2200; year++)
        {
            var holidays = SerbianHolidays.For(year);
            foreach (var moved in holidays.Where(h => h.IsMoved))
            {
                Assert.False(moved.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{moved} on a weekend");
                Assert.Single(holidays, h => h.Date == moved.Date);
                Assert.Equal(DayOfWeek.Sunday, moved.MovedFrom!.Value.DayOfWeek);
            }
        }
    }

    [Fact]
    public void Dates_are_the_distinct_holiday_days()
    {
        var dates = SerbianHolidays.DatesFor(2027);

        Assert.Equal(11, dates.Count); // 13 records: 1 and 2 May each carry Labour Day and an Easter day
        Assert.Contains(Day.Of("2027-05-04"), dates);
        Assert.False(SerbianHolidays.IsHoliday(Day.Of("2027-05-05")));
    }

    [Fact]
    public void Concurrent_first_use_of_a_year_yields_one_consistent_answer()
    {
        // A year no other test touches, so the cache is cold when the threads race.
        var results = new IReadOnlyList<Holiday>[16];
        Parallel.For(0, results.Length, i => results[i] = SerbianHolidays.For(2345));

        Assert.All(results, r => Assert.Equal(results[0], r));
    }
}
