using System.Security.Claims;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Legal.Proceedings;
using Astra.Workflows.Modules.Legal.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Legal.Deadlines;

internal static class CreateDeadline
{
    public static RouteGroupBuilder MapCreateDeadline(this RouteGroupBuilder api)
    {
        api.MapPost("/proceedings/{id:guid}/deadlines", HandleAsync).WithTags("Deadlines").WithName("CreateDeadline")
            .WithSummary("Record a deadline")
            .WithDescription("Records a legal deadline of the proceeding: its last day is counted from the day of service by the kind's period. Only the proceeding's lawyers or a coordinator may (403).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(p => p.RequireRole(LegalRoles.HearingAndDeadlineWriters));
        return api;
    }

    private static async Task<Results<Created<DeadlineResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, CreateDeadlineRequest request, ClaimsPrincipal principal, WorkflowsDbContext db, IWorkingDayCalendar calendar,
        DeadlineEscalations escalations, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var proceeding = await db.Proceedings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proceeding is null)
        {
            return ApiProblems.NotFound("Proceeding", id);
        }

        if (!await ProceedingReader.MayActAsync(db, CurrentUser.From(principal), id, cancellationToken))
        {
            return ApiProblems.Forbidden("Only the proceeding's lawyers or a coordinator record its deadlines.");
        }

        await LegalDeadlineKinds.EnsureAsync(db, cancellationToken);
        var kind = request.Kind is null ? null : await db.LegalDeadlineKinds.AsNoTracking().FirstOrDefaultAsync(k => k.Key == request.Kind, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        if (kind is null)
        {
            errors["kind"] = [$"Unknown deadline kind '{request.Kind}'; see GET /api/legal-deadline-kinds."];
        }

        var today = OrganisationTime.Today(time);
        if (request.ServedOn is not { } servedOn || servedOn > today || servedOn < today.AddYears(-1))
        {
            errors["servedOn"] = ["The date the decision was served (yyyy-MM-dd), not in the future nor over a year ago."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var now = time.GetUtcNow();
        var deadline = new LegalDeadlineEntity
        {
            Id = Guid.CreateVersion7(now),
            ProceedingId = id,
            CaseId = proceeding.CaseId,
            Kind = kind!.Key,
            ServedOn = request.ServedOn!.Value,
            DueOn = calendar.StatutoryPeriodEnd(request.ServedOn.Value, kind.Days),
            Hard = kind.Hard,
            CreatedAt = now,
        };
        db.LegalDeadlines.Add(deadline);
        escalations.Arm(db, deadline);
        await db.SaveChangesAsync(cancellationToken);
        await http.RecordAsync(AuditActions.DeadlineCreate, "legal_deadline", deadline.Id, proceeding.CaseId, proceeding.CaseCode);
        return TypedResults.Created($"/api/deadlines/{deadline.Id}", DeadlineReader.Response(deadline, proceeding.CaseCode, http));
    }
}
