using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Legal.Proceedings;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Legal.Hearings;

internal static class GetHearing
{
    public static RouteGroupBuilder MapGetHearing(this RouteGroupBuilder api)
    {
        api.MapGet("/hearings/{id:guid}", HandleAsync).WithTags("Hearings").WithName("GetHearing")
            .WithSummary("Read a hearing")
            .WithDescription("A hearing with its history of changes. A hearing of a case the caller may not see is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    // The request's context applies need-to-know: a hearing of a case outside the caller's team is not found.
    private static async Task<Results<Ok<HearingResponse>, ProblemHttpResult>> HandleAsync(Guid id, WorkflowsDbContext db, HearingDays days, HttpContext http, CancellationToken cancellationToken)
    {
        var hearing = await db.Hearings.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
        var proceeding = hearing is null ? null : await db.Proceedings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == hearing.ProceedingId, cancellationToken);
        if (hearing is null || proceeding is null)
        {
            return ApiProblems.NotFound("Hearing", id);
        }

        var response = await HearingReader.ResponseAsync(db, hearing, proceeding, days, cancellationToken);
        await http.RecordAsync(AuditActions.HearingRead, "hearing", id, response.CaseId, response.CaseCode);
        return TypedResults.Ok(response);
    }
}
