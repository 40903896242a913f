using Astra.Workflows.Engine.Calendar;

namespace Astra.Workflows.Engine.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private readonly WorkingDayCalendar calendar = new();

    [Theory]
    [InlineData("2026-04-09", true)] // Thursday
    [InlineData("2026-04-10", false)] // Orthodox Good Friday
    [InlineData("2026-04-11", false)] // Saturday
    [InlineData("2026-04-13", false)] // Orthodox Easter Monday
    [InlineData("2026-04-14", true)]
    [InlineData("2026-02-17", false)] // Tuesday freed for Statehood Day on Sunday 15 Feb
    [InlineData("2026-01-07", false)] // Orthodox Christmas, Wednesday
    [InlineData("2027-05-04", false)] // Tuesday freed for Labour Day on Easter Sunday
    public void Knows_weekends_and_holidays(string date, bool working)
    {
        Assert.Equal(working, calendar.IsWorkingDay(Day.Of(date)));
    }

    [Theory]
    // Tue 30 Dec + 1 = Wed 31 Dec; + 2: Thu-Fri 1-2 Jan holidays, Sat-Sun weekend -> Mon 5 Jan.
    [InlineData("2025-12-30", 1, "2025-12-31")]
    [InlineData("2025-12-30", 2, "2026-01-05")]
    [InlineData("2025-12-30", 3, "2026-01-06")]
    // Wed 7 Jan is Orthodox Christmas, so the fourth working day is Thu 8 Jan.
    [InlineData("2025-12-30", 4, "2026-01-08")]
    public void Adds_working_days_across_New_Year_and_Christmas(string from, int days, string expected)
    {
        Assert.Equal(Day.Of(expected), calendar.AddWorkingDays(Day.Of(from), days));
    }

    [Theory]
    // The case: due in 2 working days, created Thursday 9 Apr 2026. Good Friday 10 Apr, weekend,
    // Easter Monday 13 Apr -> Tue 14 Apr is day 1, Wed 15 Apr day 2.
    [InlineData("2026-04-09", 2, "2026-04-15")]
    // Thu 29 Apr 2027: Good Friday 30 Apr, Sat 1 May, Sun 2 May, Easter Monday 3 May, Tue 4 May freed -> Wed 5 May.
    [InlineData("2027-04-29", 1, "2027-05-05")]
    // 2024: Labour Day Wed-Thu 1-2 May runs straight into Good Friday 3 May and Easter Monday 6 May.
    [InlineData("2024-04-30", 1, "2024-05-07")]
    public void Adds_working_days_across_Orthodox_Easter(string from, int days, string expected)
    {
        Assert.Equal(Day.Of(expected), calendar.AddWorkingDays(Day.Of(from), days));
    }

    [Theory]
    [InlineData("2026-04-09", "2026-04-09")] // working day: itself
    [InlineData("2026-04-10", "2026-04-14")] // Good Friday: next working day
    [InlineData("2026-02-14", "2026-02-18")] // Saturday, Sunday, Statehood Day Monday, freed Tuesday
    public void Adding_zero_days_means_the_first_working_day_on_or_after(string from, string expected)
    {
        Assert.Equal(Day.Of(expected), calendar.AddWorkingDays(Day.Of(from), 0));
    }

    [Theory]
    [InlineData("2026-04-14", -1, "2026-04-09")]
    [InlineData("2026-01-05", -1, "2025-12-31")]
    [InlineData("2026-01-08", -4, "2025-12-30")]
    public void Negative_days_go_back(string from, int days, string expected)
    {
        Assert.Equal(Day.Of(expected), calendar.AddWorkingDays(Day.Of(from), days));
    }

    [Fact]
    public void Organisation_closures_are_not_working_days()
    {
        var closures = new InMemoryOrganisationClosures([Day.Of("2026-04-14"), Day.Of("2025-12-31")]);
        var withClosures = new WorkingDayCalendar(closures);

        Assert.False(withClosures.IsWorkingDay(Day.Of("2026-04-14")));
        Assert.Equal(Day.Of("2026-04-16"), withClosures.AddWorkingDays(Day.Of("2026-04-09"), 2));
        Assert.Equal(Day.Of("2026-01-05"), withClosures.AddWorkingDays(Day.Of("2025-12-30"), 1));
    }

    [Theory]
    [InlineData("2026-03-02", 8, "2026-03-10")] // Tuesday: stays
    [InlineData("2026-03-02", 5, "2026-03-09")] // Saturday 7 Mar -> Monday
    [InlineData("2026-04-01", 9, "2026-04-14")] // Good Friday 10 Apr -> past Easter Monday to Tuesday
    [InlineData("2026-02-02", 12, "2026-02-18")] // Sat 14 Feb, Sun 15, Statehood Mon 16, freed Tue 17 -> Wed 18
    [InlineData("2026-04-10", 0, "2026-04-14")]
    public void Legal_deadline_counts_calendar_days_and_moves_off_non_working_days(string served, int days, string expected)
    {
        Assert.Equal(Day.Of(expected), calendar.StatutoryPeriodEnd(Day.Of(served), days));
    }

    [Fact]
    public void Legal_deadline_ignores_organisation_closures_because_the_court_is_open()
    {
        var withClosures = new WorkingDayCalendar(new InMemoryOrganisationClosures([Day.Of("2026-03-10")]));

        Assert.Equal(Day.Of("2026-03-10"), withClosures.StatutoryPeriodEnd(Day.Of("2026-03-02"), 8));
    }

    [Fact]
    public void Legal_deadline_rejects_a_negative_period()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.StatutoryPeriodEnd(Day.Of("2026-03-02"), -1));
    }

    [Fact]
    public void A_closure_list_without_any_working_day_fails_instead_of_looping()
    {
        var start = Day.Of("2026-01-01");
        var everyDay = Enumerable.Range(0, 800).Select(start.AddDays);
        var closedForever = new WorkingDayCalendar(new InMemoryOrganisationClosures(everyDay));

        Assert.Throws<InvalidOperationException>(() => closedForever.AddWorkingDays(start, 1));
        Assert.Throws<InvalidOperationException>(() => closedForever.AddWorkingDays(start, 0));
    }
}
