using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Calendar.Api;

/// <summary>Organisation closures by date, for every signed-in user; <c>?year=</c> narrows to one year.</summary>
internal static class ListClosures
{
    public static RouteGroupBuilder MapListClosures(this RouteGroupBuilder calendar)
    {
        calendar.MapGet("/closures", HandleAsync).WithName("ListClosures")
            .WithSummary("List closures")
            .WithDescription("ASTRA's own closure days; `?year=` narrows to one year.");
        return calendar;
    }

    private static async Task<Results<Ok<List<ClosureDto>>, ValidationProblem>> HandleAsync(WorkflowsDbContext db, CancellationToken cancellationToken, int? year = null)
    {
        var closures = db.Closures.AsNoTracking();
        if (year is { } y)
        {
            if (y is < 1900 or > 2200)
            {
                return ApiProblems.Invalid("year", "A year between 1900 and 2200.");
            }

            var first = new DateOnly(y, 1, 1);
            var last = new DateOnly(y, 12, 31);
            closures = closures.Where(c => c.Date >= first && c.Date <= last);
        }

        var rows = await closures.OrderBy(c => c.Date).Select(c => new { c.Date, c.Reason }).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(c => new ClosureDto(IsoDates.Write(c.Date), c.Reason)).ToList());
    }
}
