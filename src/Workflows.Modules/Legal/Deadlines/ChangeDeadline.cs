using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Legal.Proceedings;
using Astra.Workflows.Modules.Legal.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Legal.Deadlines;

public sealed record MoveDeadlineRequest(DateOnly? DueOn, string? Reason);

public sealed record DismissDeadlineRequest(string? Reason);

/// <summary>
/// Moving or dismissing a deadline. A hard one only by a coordinator (their call is the approval), always with a
/// recorded reason; a soft one also by the proceeding's lawyers. Escalations are re-armed for the new day.
/// </summary>
internal static class ChangeDeadline
{
    public static RouteGroupBuilder MapChangeDeadline(this RouteGroupBuilder api)
    {
        api.MapPost("/deadlines/{id:guid}/move", MoveAsync).WithTags("Deadlines").WithName("MoveDeadline")
            .WithSummary("Move a deadline")
            .WithDescription("Moves a deadline's last day, with a recorded reason; its escalations are re-armed for the new day. A hard deadline is moved only by a coordinator (their call is the approval), a soft one also by the proceeding's lawyers (403 otherwise); a deadline no longer open is 409.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(p => p.RequireRole(LegalRoles.HearingAndDeadlineWriters));
        api.MapPost("/deadlines/{id:guid}/dismiss", DismissAsync).WithTags("Deadlines").WithName("DismissDeadline")
            .WithSummary("Dismiss a deadline")
            .WithDescription("Dismisses a deadline with a recorded reason. A hard deadline is dismissed only by a coordinator, a soft one also by the proceeding's lawyers (403 otherwise); a deadline no longer open is 409.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(p => p.RequireRole(LegalRoles.HearingAndDeadlineWriters));
        return api;
    }

    private static Task<Results<Ok<DeadlineResponse>, ValidationProblem, ProblemHttpResult>> MoveAsync(
        Guid id, MoveDeadlineRequest request, ClaimsPrincipal principal, WorkflowsDbContext db, DeadlineEscalations escalations, TimeProvider time, HttpContext http, CancellationToken cancellationToken) =>
        ChangeAsync(id, request.Reason, request.DueOn ?? default, principal, db, escalations, time, http, cancellationToken);

    private static Task<Results<Ok<DeadlineResponse>, ValidationProblem, ProblemHttpResult>> DismissAsync(
        Guid id, DismissDeadlineRequest request, ClaimsPrincipal principal, WorkflowsDbContext db, DeadlineEscalations escalations, TimeProvider time, HttpContext http, CancellationToken cancellationToken) =>
        ChangeAsync(id, request.Reason, null, principal, db, escalations, time, http, cancellationToken);

    private static async Task<Results<Ok<DeadlineResponse>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, string? reason, DateOnly? moveTo, ClaimsPrincipal principal, WorkflowsDbContext db, DeadlineEscalations escalations, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var deadline = (await db.LegalDeadlines.FromSql($"SELECT * FROM astra.legal_deadlines WHERE id = {id} FOR UPDATE").ToListAsync(cancellationToken)).FirstOrDefault();
        var proceeding = deadline is null ? null : await db.Proceedings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == deadline.ProceedingId, cancellationToken);
        if (deadline is null || proceeding is null)
        {
            return ApiProblems.NotFound("Deadline", id);
        }

        var user = CurrentUser.From(principal);
        var coordinator = principal.IsInRole(Modules.Platform.Identity.Roles.Coordinator) || principal.IsInRole(Modules.Platform.Identity.Roles.Admin);
        if (deadline.Hard ? !coordinator : !await ProceedingReader.MayActAsync(db, user, deadline.ProceedingId, cancellationToken))
        {
            return ApiProblems.Forbidden(deadline.Hard ? "A hard deadline is moved or dismissed only with a coordinator's approval." : "Only the proceeding's lawyers or a coordinator change its deadlines.");
        }

        if (deadline.Status != LegalStatuses.Open)
        {
            return ApiProblems.Conflict($"The deadline is {deadline.Status}.");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 2000)
        {
            return ApiProblems.Invalid("reason", "A reason of at most 2000 characters is required.");
        }

        if (moveTo is { } day && day == default)
        {
            return ApiProblems.Invalid("dueOn", "The new last day (yyyy-MM-dd) is required.");
        }

        var now = time.GetUtcNow();
        db.LegalDeadlineChanges.Add(new LegalDeadlineChangeEntity
        {
            Id = Guid.CreateVersion7(now),
            DeadlineId = deadline.Id,
            CaseId = deadline.CaseId,
            Change = moveTo is null ? "dismissed" : "moved",
            FromDueOn = deadline.DueOn,
            ToDueOn = moveTo,
            Reason = reason.Trim(),
            ApprovedBy = user.Id,
            At = now,
        });
        await DeadlineEscalations.DisarmAsync(db, deadline.Id, cancellationToken);
        if (moveTo is { } newDue)
        {
            deadline.DueOn = newDue;
            escalations.Arm(db, deadline);
        }
        else
        {
            deadline.Status = LegalStatuses.Dismissed;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await http.RecordAsync(AuditActions.DeadlineChange, "legal_deadline", id, proceeding.CaseId, proceeding.CaseCode);
        return TypedResults.Ok(DeadlineReader.Response(deadline, proceeding.CaseCode, http));
    }
}
