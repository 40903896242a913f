using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Legal.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.Modules.Legal.Deadlines;

internal static class DeadlineReader
{
    /// <summary>The deadline as the API shows it, with the working days left computed on read (a closure added later counts).</summary>
    public static DeadlineResponse Response(LegalDeadlineEntity d, string caseCode, HttpContext http)
    {
        var calendar = http.RequestServices.GetRequiredService<IWorkingDayCalendar>();
        var today = OrganisationTime.Today(http.RequestServices.GetRequiredService<TimeProvider>());
        return new(d.Id, d.Kind, d.ServedOn, d.DueOn, d.Hard, d.Status, d.ProceedingId, caseCode)
        {
            WorkingDaysLeft = d.Status == LegalStatuses.Open ? WorkingDaysLeft(calendar, today, d.DueOn) : null,
        };
    }

    /// <summary>Working days from today to the last day, both counted; 0 once the last day has passed.</summary>
    public static int WorkingDaysLeft(IWorkingDayCalendar calendar, DateOnly today, DateOnly dueOn)
    {
        var left = 0;
        for (var day = today; day <= dueOn && left <= 366; day = day.AddDays(1))
        {
            left += calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return left;
    }
}
