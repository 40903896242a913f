namespace Astra.Workflows.Engine.Time;

/// <summary>
/// Counting working days before or after a date. The date itself is never counted; with 0 days, a date that is not
/// a working day moves away from the work: back for work before it, forward for a deadline after it (ADR 0041).
/// </summary>
public static class WorkingDayCount
{
    /// <summary>The <paramref name="days"/>-th working day before <paramref name="date"/>; 0 = that day if working, else the previous working day.</summary>
    public static DateOnly Before(IWorkingDayCalendar calendar, DateOnly date, int days)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return days == 0 ? calendar.AddWorkingDays(date.AddDays(1), -1) : calendar.AddWorkingDays(date, -days);
    }

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="date"/>; 0 = that day if working, else the next working day.</summary>
    public static DateOnly After(IWorkingDayCalendar calendar, DateOnly date, int days)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return calendar.AddWorkingDays(date, days);
    }
}
