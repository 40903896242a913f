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

internal static class ScheduleHearing
{
    public static RouteGroupBuilder MapScheduleHearing(this RouteGroupBuilder api)
    {
        api.MapPost("/proceedings/{id:guid}/hearings", HandleAsync).WithTags("Hearings").WithName("ScheduleHearing")
            .WithSummary("Schedule a hearing")
            .WithDescription("Schedules a court hearing of the proceeding. Only the proceeding's lawyers or a coordinator may (403 otherwise).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(p => p.RequireRole(LegalRoles.HearingAndDeadlineWriters));
        return api;
    }

    private static async Task<Results<Created<HearingResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, HearingRequest request, ClaimsPrincipal principal, WorkflowsDbContext db, HearingDays days, HearingAlerts alerts, HearingEvents events, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var proceeding = await db.Proceedings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proceeding is null)
        {
            return ApiProblems.NotFound("Proceeding", id);
        }

        var user = CurrentUser.From(principal);
        if (!await ProceedingReader.MayActAsync(db, user, id, cancellationToken))
        {
            return ApiProblems.Forbidden("Only the proceeding's lawyers or a coordinator schedule its hearings.");
        }

        var errors = HearingInput.Validate(request, out var startsAt);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        if (request.ConfirmNonWorkingDay != true && days.NonWorkingReason(startsAt) is { } reason)
        {
            return HearingDays.Refusal(startsAt, reason);
        }

        var now = time.GetUtcNow();
        var hearing = new HearingEntity
        {
            Id = Guid.CreateVersion7(now),
            ProceedingId = id,
            CaseId = proceeding.CaseId,
            StartsAt = startsAt.ToUniversalTime(),
            Kind = request.Kind!,
            Room = request.Room?.Trim(),
            Notes = request.Notes,
            Revision = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Hearings.Add(hearing);
        HearingReader.Record(db, hearing, "scheduled", user.Id, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await alerts.ArmAsync(db, hearing, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await events.RaiseAsync(HearingEvents.Scheduled, hearing, user.Actor, cancellationToken);
        await http.RecordAsync(AuditActions.HearingSchedule, "hearing", hearing.Id, proceeding.CaseId, proceeding.CaseCode);
        return TypedResults.Created($"/api/hearings/{hearing.Id}", await HearingReader.ResponseAsync(db, hearing, proceeding, days, cancellationToken));
    }
}
