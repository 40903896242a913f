using Astra.Workflows.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Host.Features.Proceedings;

internal static class GetProceeding
{
    public static RouteGroupBuilder MapGetProceeding(this RouteGroupBuilder api)
    {
        api.MapGet("/proceedings/{id:guid}", HandleAsync).WithTags("Proceedings").WithName("GetProceeding");
        return api;
    }

    private static async Task<Results<Ok<ProceedingResponse>, ProblemHttpResult>> HandleAsync(Guid id, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var proceeding = await db.Proceedings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return proceeding is null
            ? LegalProblems.NotFound("Proceeding", id)
            : TypedResults.Ok(await ProceedingReader.ResponseAsync(db, proceeding, cancellationToken));
    }
}
