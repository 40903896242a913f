using Astra.Workflows.Engine.Time;
using Astra.Workflows.Engine.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace Astra.Workflows.Engine.Tests.Calendar;

public class OrganisationTimeTests
{
    [Fact]
    public void Winter_deadline_ends_at_local_midnight_plus_one_hour()
    {
        var due = OrganisationTime.EndOfDay(Day.Of("2026-01-15"));

        Assert.Equal(TimeSpan.FromHours(1), OrganisationTime.ToLocal(due).Offset);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 23, 0, 0, TimeSpan.Zero), due.ToUniversalTime());
    }

    [Fact]
    public void Summer_deadline_ends_at_local_midnight_plus_two_hours()
    {
        var due = OrganisationTime.EndOfDay(Day.Of("2026-07-15"));

        Assert.Equal(TimeSpan.FromHours(2), OrganisationTime.ToLocal(due).Offset);
        Assert.Equal(new DateTimeOffset(2026, 7, 15, 22, 0, 0, TimeSpan.Zero), due.ToUniversalTime());
    }

    [Fact]
    public void Clock_change_days_are_23_and_25_hours_long()
    {
        // 2026: summer time starts Sunday 29 March, ends Sunday 25 October (last Sundays of the months).
        Assert.Equal(
            TimeSpan.FromHours(23),
            OrganisationTime.EndOfDay(Day.Of("2026-03-29")) - OrganisationTime.EndOfDay(Day.Of("2026-03-28")));
        Assert.Equal(
            TimeSpan.FromHours(25),
            OrganisationTime.EndOfDay(Day.Of("2026-10-25")) - OrganisationTime.EndOfDay(Day.Of("2026-10-24")));
    }

    [Fact]
    public void The_end_of_a_day_is_the_first_instant_of_the_next_local_day()
    {
        var due = OrganisationTime.EndOfDay(Day.Of("2026-04-15"));
        var justBefore = new FakeTimeProvider(due.AddTicks(-1));
        var atDue = new FakeTimeProvider(due);

        Assert.Equal(Day.Of("2026-04-15"), OrganisationTime.Today(justBefore));
        Assert.Equal(Day.Of("2026-04-16"), OrganisationTime.Today(atDue));
    }

    [Fact]
    public void Today_is_the_Belgrade_date_not_the_UTC_date()
    {
        // 22:30 UTC on Thursday 9 April is 00:30 on Friday in Belgrade (UTC+2).
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 4, 9, 22, 30, 0, TimeSpan.Zero));

        Assert.Equal(Day.Of("2026-04-10"), OrganisationTime.Today(time));
    }
}
