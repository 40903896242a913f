using Astra.Workflows.Engine.Time;

namespace Astra.Workflows.Engine.Tests.Support;

/// <summary>Working days are Monday to Friday; no holidays. Enough to test the engine's use of the port.</summary>
public sealed class WeekendOnlyCalendar : IWorkingDayCalendar
{
    public bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var current = from;
        while (!IsWorkingDay(current))
        {
            current = current.AddDays(1);
        }

        for (var added = 0; added < days;)
        {
            current = current.AddDays(1);
            if (IsWorkingDay(current))
            {
                added++;
            }
        }

        return current;
    }

    public DateOnly StatutoryPeriodEnd(DateOnly served, int calendarDays)
    {
        var end = served.AddDays(calendarDays);
        while (!IsWorkingDay(end))
        {
            end = end.AddDays(1);
        }

        return end;
    }
}
