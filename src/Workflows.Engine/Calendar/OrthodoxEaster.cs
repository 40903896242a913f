namespace Astra.Workflows.Engine.Calendar;

/// <summary>Orthodox Easter Sunday as a Gregorian date.</summary>
public static class OrthodoxEaster
{
    public const int MinYear = 1;
    public const int MaxYear = 9999;

    public static DateOnly For(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        var (month, day) = JulianEaster(year);
        return JulianToGregorian(year, month, day);
    }

    /// <summary>Meeus' Julian computus: the date the Serbian Orthodox Church uses, in the Julian calendar.</summary>
    internal static (int Month, int Day) JulianEaster(int year)
    {
        var a = year % 4;
        var b = year % 7;
        var c = year % 19;
        var d = ((19 * c) + 15) % 30;
        var e = ((2 * a) + (4 * b) - d + 34) % 7;
        var monthDay = d + e + 114;
        return (monthDay / 31, (monthDay % 31) + 1);
    }

    /// <summary>
    /// Julian to (proleptic) Gregorian for dates from 1 March on: the calendars drift apart by one day for
    /// each century year that is a Julian but not a Gregorian leap year, i.e. y/100 - y/400 - 2 days
    /// (13 for 1900–2099, 14 for 2100–2199). Julian Easter is never before 22 March, so the February leap
    /// day of a century year has always already happened and the formula needs no special case.
    /// </summary>
    internal static DateOnly JulianToGregorian(int year, int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 3);
        var drift = (year / 100) - (year / 400) - 2;
        return new DateOnly(year, month, day).AddDays(drift);
    }
}
