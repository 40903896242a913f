namespace Astra.Workflows.Engine.Time;
public interface IWorkingDayCalendar
{
    bool IsWorkingDay(DateOnly date);
    DateOnly AddWorkingDays(DateOnly from, int days);
    DateOnly LegalDeadlineEnd(DateOnly served, int calendarDays);
}
