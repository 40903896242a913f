using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Legal.Proceedings;

internal static class GetProceeding
{
    public static RouteGroupBuilder MapGetProceeding(this RouteGroupBuilder api)
    {
        api.MapGet("/proceedings/{id:guid}", HandleAsync).WithTags("Proceedings").WithName("GetProceeding")
            .WithSummary("Read a proceeding")
            .WithDescription("A proceeding with its court, case number, the client's role and its lawyers. A proceeding of a case the caller may not see is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<ProceedingResponse>, ProblemHttpResult>> HandleAsync(Guid id, WorkflowsDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var proceeding = await db.Proceedings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proceeding is null)
        {
            return ApiProblems.NotFound("Proceeding", id);
        }

        await http.RecordAsync(AuditActions.ProceedingRead, "proceeding", id, proceeding.CaseId, proceeding.CaseCode);
        return TypedResults.Ok(await ProceedingReader.ResponseAsync(db, proceeding, cancellationToken));
    }
}
