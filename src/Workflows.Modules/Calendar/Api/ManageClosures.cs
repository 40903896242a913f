using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Calendar.Storage;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Calendar.Api;

internal static class ManageClosures
{
    public static RouteGroupBuilder MapManageClosures(this RouteGroupBuilder calendar)
    {
        calendar.MapPost("/closures", CreateAsync).RequireAuthorization(p => p.RequireRole(Roles.Admin)).WithName("CreateClosure")
            .WithSummary("Add a closure")
            .WithDescription("Adds a day on which ASTRA is closed; deadlines counted in working days skip it. A day that is already a closure is 409.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        calendar.MapDelete("/closures/{date}", DeleteAsync).RequireAuthorization(p => p.RequireRole(Roles.Admin)).WithName("DeleteClosure")
            .WithSummary("Remove a closure")
            .WithDescription("Removes a closure day.");
        return calendar;
    }

    private static async Task<Results<Created<ClosureDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateClosureRequest request, ClaimsPrincipal user, WorkflowsDbContext db, DatabaseOrganisationClosures closures, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!IsoDates.TryParse(request.Date, out var date))
        {
            errors["date"] = ["A date in the form YYYY-MM-DD is required."];
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 200)
        {
            errors["reason"] = ["A reason of at most 200 characters is required."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        if (await db.Closures.AnyAsync(c => c.Date == date, cancellationToken))
        {
            return ApiProblems.Conflict($"{IsoDates.Write(date)} is already a closure.");
        }

        db.Closures.Add(new ClosureEntity
        {
            Date = date,
            Reason = request.Reason!.Trim(),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = CurrentUser.From(user).KnownId,
        });
        await db.SaveChangesAsync(cancellationToken);
        closures.Invalidate();
        return TypedResults.Created($"/api/calendar/holidays?year={date.Year}", new ClosureDto(IsoDates.Write(date), request.Reason.Trim()));
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> DeleteAsync(
        string date, WorkflowsDbContext db, DatabaseOrganisationClosures closures, CancellationToken cancellationToken)
    {
        if (!IsoDates.TryParse(date, out var day))
        {
            return ApiProblems.Invalid("date", "A date in the form YYYY-MM-DD is required.");
        }

        var deleted = await db.Closures.Where(c => c.Date == day).ExecuteDeleteAsync(cancellationToken);
        closures.Invalidate();
        return deleted == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }
}
