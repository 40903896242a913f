using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Calendar.Api;

internal static class GetHolidays
{
    public static RouteGroupBuilder MapGetHolidays(this RouteGroupBuilder calendar)
    {
        calendar.MapGet("/holidays", HandleAsync).WithName("GetHolidays")
            .WithSummary("List holidays")
            .WithDescription("The public holidays and ASTRA's closures of a year.");
        return calendar;
    }

    private static async Task<Results<Ok<HolidaysResponse>, ValidationProblem>> HandleAsync(int? year, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        if (year is null or < 1900 or > 2200)
        {
            return ApiProblems.Invalid("year", "A year between 1900 and 2200 is required.");
        }

        var first = new DateOnly(year.Value, 1, 1);
        var last = new DateOnly(year.Value, 12, 31);
        var closures = await db.Closures.AsNoTracking().Where(c => c.Date >= first && c.Date <= last).OrderBy(c => c.Date)
            .Select(c => new { c.Date, c.Reason }).ToListAsync(cancellationToken);
        var holidays = SerbianHolidays.For(year.Value)
            .Select(h => new HolidayDto(IsoDates.Write(h.Date), h.Name, h.IsReligious, h.MovedFrom is { } moved ? IsoDates.Write(moved) : null))
            .ToList();
        return TypedResults.Ok(new HolidaysResponse(year.Value, holidays, closures.Select(c => new ClosureDto(IsoDates.Write(c.Date), c.Reason)).ToList()));
    }
}
