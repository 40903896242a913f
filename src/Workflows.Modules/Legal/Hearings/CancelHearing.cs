using Astra.Workflows.Modules.Platform.Identity;
using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Legal.Proceedings;
using Astra.Workflows.Modules.Legal.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Legal.Hearings;

internal static class CancelHearing
{
    public static RouteGroupBuilder MapCancelHearing(this RouteGroupBuilder api)
    {
        api.MapPost("/hearings/{id:guid}/cancel", HandleAsync).WithTags("Hearings").WithName("CancelHearing")
            .WithSummary("Cancel a hearing")
            .WithDescription("Cancels a hearing; cancelling one already cancelled answers it unchanged. Only the proceeding's lawyers or a coordinator may (403).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(p => p.RequireRole(LegalRoles.HearingAndDeadlineWriters));
        return api;
    }

    private static async Task<Results<Ok<HearingResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal principal, WorkflowsDbContext db, HearingDays days, HearingEvents events, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var hearing = (await db.Hearings.FromSql($"SELECT * FROM astra.hearings WHERE id = {id} FOR UPDATE").ToListAsync(cancellationToken)).FirstOrDefault();
        var proceeding = hearing is null ? null : await db.Proceedings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == hearing.ProceedingId, cancellationToken);
        if (hearing is null || proceeding is null)
        {
            return ApiProblems.NotFound("Hearing", id);
        }

        var user = CurrentUser.From(principal);
        if (!await ProceedingReader.MayActAsync(db, user, hearing.ProceedingId, cancellationToken))
        {
            return ApiProblems.Forbidden("Only the proceeding's lawyers or a coordinator cancel its hearings.");
        }

        // Cancelling twice answers the same, and raises nothing new.
        if (hearing.Status == LegalStatuses.Cancelled)
        {
            return TypedResults.Ok(await HearingReader.ResponseAsync(db, hearing, proceeding, days, cancellationToken));
        }

        var now = time.GetUtcNow();
        hearing.Status = LegalStatuses.Cancelled;
        hearing.Revision++;
        hearing.UpdatedAt = now;
        HearingReader.Record(db, hearing, "cancelled", user.Id, now);
        await HearingAlerts.DisarmAsync(db, hearing.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await events.RaiseAsync(HearingEvents.Cancelled, hearing, user.Actor, cancellationToken);
        await http.RecordAsync(AuditActions.HearingCancel, "hearing", id, proceeding.CaseId, proceeding.CaseCode);
        return TypedResults.Ok(await HearingReader.ResponseAsync(db, hearing, proceeding, days, cancellationToken));
    }
}
