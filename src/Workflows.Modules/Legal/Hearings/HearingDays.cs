using System.Globalization;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Legal.Hearings;

/// <summary>
/// Says why a hearing's day is not worked, on the same calendar the module counts deadlines and tasks on, so
/// "nobody is in the office" means the same everywhere.
/// </summary>
internal sealed class HearingDays(IWorkingDayCalendar calendar, IOrganisationClosures closures)
{
    /// <summary>Null on a working day; otherwise what the day is, e.g. "Sunday" or "Orthodox Easter Monday".</summary>
    public string? NonWorkingReason(DateTimeOffset startsAt)
    {
        var day = DateOnly.FromDateTime(OrganisationTime.ToLocal(startsAt).DateTime);
        if (calendar.IsWorkingDay(day))
        {
            return null;
        }

        var holiday = SerbianHolidays.For(day.Year).FirstOrDefault(h => h.Date == day);
        if (holiday is not null)
        {
            return holiday.IsMoved ? $"a public holiday ({holiday.Name}, moved from Sunday)" : $"a public holiday ({holiday.Name})";
        }

        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return day.DayOfWeek.ToString();
        }

        return closures.ClosuresFor(day.Year).Contains(day) ? "an organisation closure" : "a non-working day";
    }

    /// <summary>A 400 naming startsAt; the <c>nonWorkingDay</c> extension tells clients a confirmation (not a new time) will do.</summary>
    public static ValidationProblem Refusal(DateTimeOffset startsAt, string reason) =>
        ApiProblems.Invalid(
            ApiProblems.Field("startsAt", string.Create(CultureInfo.InvariantCulture,
                $"{OrganisationTime.ToLocal(startsAt):yyyy-MM-dd} is {reason}, not a working day. Send confirmNonWorkingDay: true to schedule the hearing anyway.")),
            extensions: new Dictionary<string, object?> { ["nonWorkingDay"] = true });
}
