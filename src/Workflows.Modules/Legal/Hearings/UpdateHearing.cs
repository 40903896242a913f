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

internal static class UpdateHearing
{
    public static RouteGroupBuilder MapUpdateHearing(this RouteGroupBuilder api)
    {
        api.MapPut("/hearings/{id:guid}", HandleAsync).WithTags("Hearings").WithName("UpdateHearing")
            .WithSummary("Change a hearing")
            .WithDescription("Reschedules or otherwise changes a hearing, keeping the change in its history. Only the proceeding's lawyers or a coordinator may (403); a cancelled hearing cannot be changed (409).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(p => p.RequireRole(LegalRoles.HearingAndDeadlineWriters));
        return api;
    }

    private static async Task<Results<Ok<HearingResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, HearingRequest request, ClaimsPrincipal principal, WorkflowsDbContext db, HearingDays days, HearingAlerts alerts, HearingEvents events, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Locked so two edits of one hearing apply in turn and each arms alerts for its own revision.
        var hearing = (await db.Hearings.FromSql($"SELECT * FROM astra.hearings WHERE id = {id} FOR UPDATE").ToListAsync(cancellationToken)).FirstOrDefault();
        var proceeding = hearing is null ? null : await db.Proceedings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == hearing.ProceedingId, cancellationToken);
        if (hearing is null || proceeding is null)
        {
            return ApiProblems.NotFound("Hearing", id);
        }

        var user = CurrentUser.From(principal);
        if (!await ProceedingReader.MayActAsync(db, user, hearing.ProceedingId, cancellationToken))
        {
            return ApiProblems.Forbidden("Only the proceeding's lawyers or a coordinator change its hearings.");
        }

        if (hearing.Status == LegalStatuses.Cancelled)
        {
            return ApiProblems.Conflict("A cancelled hearing cannot be changed; schedule a new one.");
        }

        var errors = HearingInput.Validate(request, out var startsAt);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        // Only a new time needs confirming: editing the room of an already-confirmed hearing must not ask again.
        if (startsAt.ToUniversalTime() != hearing.StartsAt && request.ConfirmNonWorkingDay != true && days.NonWorkingReason(startsAt) is { } reason)
        {
            return HearingDays.Refusal(startsAt, reason);
        }

        var now = time.GetUtcNow();
        var moved = startsAt.ToUniversalTime() != hearing.StartsAt;
        hearing.StartsAt = startsAt.ToUniversalTime();
        hearing.Kind = request.Kind!;
        hearing.Room = request.Room?.Trim();
        hearing.Notes = request.Notes;
        hearing.Revision++;
        hearing.UpdatedAt = now;
        HearingReader.Record(db, hearing, moved ? "rescheduled" : "edited", user.Id, now);
        await alerts.ArmAsync(db, hearing, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (moved)
        {
            await events.RaiseAsync(HearingEvents.Rescheduled, hearing, user.Actor, cancellationToken);
        }

        await http.RecordAsync(AuditActions.HearingUpdate, "hearing", id, proceeding.CaseId, proceeding.CaseCode);
        return TypedResults.Ok(await HearingReader.ResponseAsync(db, hearing, proceeding, days, cancellationToken));
    }
}
