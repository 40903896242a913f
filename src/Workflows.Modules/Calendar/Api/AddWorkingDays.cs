using Astra.Workflows.Engine.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Calendar.Api;

internal static class AddWorkingDays
{
    public static RouteGroupBuilder MapAddWorkingDays(this RouteGroupBuilder calendar)
    {
        calendar.MapGet("/add-working-days", Handle).WithName("AddWorkingDays")
            .WithSummary("Add working days")
            .WithDescription("The date that lies the given number of working days after `from`, skipping weekends, public holidays and ASTRA's closures.");
        return calendar;
    }

    private static Results<Ok<AddWorkingDaysResponse>, ValidationProblem> Handle(string? from, int? days, IWorkingDayCalendar workingDays)
    {
        var errors = new Dictionary<string, string[]>();
        if (!IsoDates.TryParse(from, out var start))
        {
            errors["from"] = ["A date in the form YYYY-MM-DD is required."];
        }

        if (days is null or < -3650 or > 3650)
        {
            errors["days"] = ["A whole number of working days between -3650 and 3650 is required."];
        }

        return errors.Count > 0
            ? ApiProblems.Invalid(errors)
            : TypedResults.Ok(new AddWorkingDaysResponse(IsoDates.Write(workingDays.AddWorkingDays(start, days!.Value))));
    }
}
