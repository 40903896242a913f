using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Legal.Deadlines;

/// <summary>A deadline with the case it belongs to: what the link in a deadline escalation e-mail opens.</summary>
public sealed record DeadlineDetailResponse(DeadlineResponse Deadline, Guid CaseId);

internal static class GetDeadline
{
    public static RouteGroupBuilder MapGetDeadline(this RouteGroupBuilder api)
    {
        api.MapGet("/deadlines/{id:guid}", HandleAsync).WithTags("Deadlines").WithName("GetDeadline")
            .WithSummary("Read a deadline")
            .WithDescription("A legal deadline and its case. A deadline of a case the caller may not see is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    // The request's context applies need-to-know: a deadline of a case outside the caller's team is not found.
    private static async Task<Results<Ok<DeadlineDetailResponse>, ProblemHttpResult>> HandleAsync(Guid id, WorkflowsDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var row = await db.LegalDeadlines.AsNoTracking().Where(d => d.Id == id)
            .Join(db.Proceedings, d => d.ProceedingId, p => p.Id, (d, p) => new { d, p.CaseCode, p.CaseId })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return ApiProblems.NotFound("Deadline", id);
        }

        await http.RecordAsync(AuditActions.DeadlineRead, "legal_deadline", id, row.CaseId, row.CaseCode);
        return TypedResults.Ok(new DeadlineDetailResponse(DeadlineReader.Response(row.d, row.CaseCode, http), row.CaseId));
    }
}
