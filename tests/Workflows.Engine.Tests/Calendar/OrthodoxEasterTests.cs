using System.Globalization;
using Astra.Workflows.Engine.Calendar;

namespace Astra.Workflows.Engine.Tests.Calendar;

public class OrthodoxEasterTests
{
    [Theory]
    [InlineData(2016, "2016-05-01")]
    [InlineData(2021, "2021-05-02")]
    [InlineData(2022, "2022-04-24")]
    [InlineData(2023, "2023-04-16")]
    [InlineData(2024, "2024-05-05")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-12")]
    [InlineData(2027, "2027-05-02")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-08")]
    [InlineData(2030, "2030-04-28")]
    public void Matches_published_dates(int year, string expected)
    {
        Assert.Equal(Day.Of(expected), OrthodoxEaster.For(year));
    }

    [Fact]
    public void Century_conversion_agrees_with_the_framework_Julian_calendar_for_every_year()
    {
        // An independent oracle: System.Globalization.JulianCalendar converts without our drift formula, so this
        // catches an off-by-one around century years (e.g. 2100, where the drift grows to 14 days).
        var julian = new JulianCalendar();
        for (var year = OrthodoxEaster.MinYear; year <= OrthodoxEaster.MaxYear; year++)
        {
            var (month, day) = OrthodoxEaster.JulianEaster(year);
            var expected = DateOnly.FromDateTime(julian.ToDateTime(year, month, day, 0, 0, 0, 0));
            Assert.Equal(expected, OrthodoxEaster.For(year));
        }
    }

    [Fact]
    public void Is_always_a_Sunday()
    {
        for (var year = OrthodoxEaster.MinYear; year <= OrthodoxEaster.MaxYear; year++)
        {
            Assert.Equal(DayOfWeek.Sunday, OrthodoxEaster.For(year).DayOfWeek);
        }
    }

    [Fact]
    public void Drift_is_thirteen_days_in_the_twentieth_and_twenty_first_centuries_and_fourteen_from_2100()
    {
        Assert.Equal(Day.Of("1900-03-14"), OrthodoxEaster.JulianToGregorian(1900, 3, 1));
        Assert.Equal(Day.Of("2099-03-14"), OrthodoxEaster.JulianToGregorian(2099, 3, 1));
        Assert.Equal(Day.Of("2100-03-15"), OrthodoxEaster.JulianToGregorian(2100, 3, 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Rejects_years_outside_DateOnly(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OrthodoxEaster.For(year));
    }
}
