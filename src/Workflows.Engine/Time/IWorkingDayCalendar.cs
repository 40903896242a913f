namespace Astra.Workflows.Engine.Time;

/// <summary>
/// Port to the Serbian working-day calendar (public holidays and organisation closures).
/// The engine only asks questions; the host supplies the implementation.
/// </summary>
public interface IWorkingDayCalendar
{
    bool IsWorkingDay(DateOnly day);

    /// <summary>The date <paramref name="days"/> working days after <paramref name="from"/> (0 = <paramref name="from"/> itself if working, else the next working day).</summary>
    DateOnly AddWorkingDays(DateOnly from, int days);

    /// <summary>Last day of a statutory period of <paramref name="calendarDays"/> from service (e.g. a court deadline), moved to the next public working day when it is not one.</summary>
    DateOnly StatutoryPeriodEnd(DateOnly served, int calendarDays);
}
