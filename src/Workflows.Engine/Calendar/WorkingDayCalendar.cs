using Astra.Workflows.Engine.Time;

namespace Astra.Workflows.Engine.Calendar;

/// <summary>Working days in Serbia: Monday to Friday, minus public holidays and organisation closures.</summary>
public sealed class WorkingDayCalendar : IWorkingDayCalendar
{
    // A misconfigured closure list could otherwise make a search run to DateOnly.MaxValue. No real calendar
    // has a year without a single working day.
    private const int MaxConsecutiveNonWorkingDays = 366;

    private readonly IOrganisationClosures closures;

    public WorkingDayCalendar(IOrganisationClosures closures)
    {
        ArgumentNullException.ThrowIfNull(closures);
        this.closures = closures;
    }

    public WorkingDayCalendar()
        : this(InMemoryOrganisationClosures.None)
    {
    }

    public bool IsWorkingDay(DateOnly day) =>
        IsPublicWorkingDay(day) && !closures.ClosuresFor(day.Year).Contains(day);

    /// <summary>
    /// The day <paramref name="days"/> working days after <paramref name="from"/>, which itself is not counted;
    /// negative counts go back. Zero means "today if it is a working day, otherwise the next one".
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        if (days == 0)
        {
            return NextOnOrAfter(from, IsWorkingDay);
        }

        var step = Math.Sign(days);
        var remaining = Math.Abs(days);
        var date = from;
        var nonWorkingRun = 0;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
                nonWorkingRun = 0;
            }
            else if (++nonWorkingRun > MaxConsecutiveNonWorkingDays)
            {
                throw NoWorkingDay(from);
            }
        }

        return date;
    }

    /// <summary>
    /// Last day of a statutory period of <paramref name="calendarDays"/> counted from the day after service,
    /// moved to the next day that is not a weekend or public holiday.
    /// </summary>
    /// <remarks>
    /// Organisation closures are deliberately ignored here: the period runs against a court or authority,
    /// which does not close when ASTRA does. Honouring our own closures would push the deadline past the
    /// statutory one and make a filing late.
    /// </remarks>
    public DateOnly StatutoryPeriodEnd(DateOnly served, int calendarDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(calendarDays);
        return NextOnOrAfter(served.AddDays(calendarDays), IsPublicWorkingDay);
    }

    private static bool IsPublicWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !SerbianHolidays.IsHoliday(date);

    private static DateOnly NextOnOrAfter(DateOnly date, Func<DateOnly, bool> isWorkingDay)
    {
        var candidate = date;
        for (var i = 0; i <= MaxConsecutiveNonWorkingDays; i++)
        {
            if (isWorkingDay(candidate))
            {
                return candidate;
            }

            candidate = candidate.AddDays(1);
        }

        throw NoWorkingDay(date);
    }

    private static InvalidOperationException NoWorkingDay(DateOnly near) =>
        new($"No working day within {MaxConsecutiveNonWorkingDays} days of {near:yyyy-MM-dd}; check the organisation closures.");
}
