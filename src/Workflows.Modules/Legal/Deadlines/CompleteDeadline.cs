using Astra.Workflows.Modules.Platform.Identity;
using System.Security.Claims;
using Astra.Workflows.Modules.Legal.Activities;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Legal.Proceedings;
using Astra.Workflows.Modules.Legal.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Legal.Deadlines;

internal static class CompleteDeadline
{
    public static RouteGroupBuilder MapCompleteDeadline(this RouteGroupBuilder api)
    {
        api.MapPost("/deadlines/{id:guid}/complete", HandleAsync).WithTags("Deadlines").WithName("CompleteDeadline")
            .WithSummary("Complete a deadline")
            .WithDescription("Marks a deadline as met. Only the proceeding's lawyers or a coordinator may (403).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(p => p.RequireRole(LegalRoles.HearingAndDeadlineWriters));
        return api;
    }

    private static async Task<Results<Ok<DeadlineResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal principal, WorkflowsDbContext db, DeadlineEvents events, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var deadline = (await db.LegalDeadlines.FromSql($"SELECT * FROM astra.legal_deadlines WHERE id = {id} FOR UPDATE").ToListAsync(cancellationToken)).FirstOrDefault();
        var proceeding = deadline is null ? null : await db.Proceedings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == deadline.ProceedingId, cancellationToken);
        if (deadline is null || proceeding is null)
        {
            return ApiProblems.NotFound("Deadline", id);
        }

        var user = CurrentUser.From(principal);
        if (!await ProceedingReader.MayActAsync(db, user, deadline.ProceedingId, cancellationToken))
        {
            return ApiProblems.Forbidden("Only the proceeding's lawyers or a coordinator complete its deadlines.");
        }

        var completing = deadline.Status == LegalStatuses.Open;
        if (completing)
        {
            deadline.Status = LegalStatuses.Completed;
            deadline.CompletedAt = time.GetUtcNow();
            deadline.CompletedBy = user.Id;
            await DeadlineEscalations.DisarmAsync(db, deadline.Id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (completing)
        {
            await events.RaiseAsync(deadline, LegalDeadlineActivity.Met, user.Actor, cancellationToken);
        }

        await http.RecordAsync(AuditActions.DeadlineComplete, "legal_deadline", id, proceeding.CaseId, proceeding.CaseCode);
        return TypedResults.Ok(DeadlineReader.Response(deadline, proceeding.CaseCode, http));
    }
}
