using Astra.Workflows.Modules.Cases.Contracts;
using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Legal.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Legal.Proceedings;

internal static class CreateProceeding
{
    public static RouteGroupBuilder MapCreateProceeding(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId:guid}/proceedings", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(LegalRoles.ProceedingWriters))
            .WithTags("Proceedings").WithName("CreateProceeding")
            .WithSummary("Open a proceeding")
            .WithDescription("Records a legal proceeding of a case with its court, case number, the client's role and its lawyers.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Created<ProceedingResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid caseId, CreateProceedingRequest request, ClaimsPrincipal principal, WorkflowsDbContext db, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        // Need-to-know: a case outside the caller's teams is missing, not forbidden.
        var @case = await CaseLookup.FindAsync(db, caseId, cancellationToken);
        if (@case is null)
        {
            return ApiProblems.NotFound("Case", caseId);
        }

        var lawyerIds = (request.LawyerIds ?? []).Append(request.LeadLawyerId ?? Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var errors = await ValidateAsync(db, request, lawyerIds, cancellationToken);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var now = time.GetUtcNow();
        var user = CurrentUser.From(principal);
        var proceeding = new ProceedingEntity
        {
            Id = Guid.CreateVersion7(now),
            CaseId = caseId,
            CaseCode = @case.Code,
            Kind = request.Kind!,
            Court = request.Court!.Trim(),
            CourtCaseNumber = string.IsNullOrWhiteSpace(request.CourtCaseNumber) ? null : request.CourtCaseNumber.Trim(),
            ClientRole = request.ClientRole!,
            LeadLawyerId = request.LeadLawyerId!.Value,
            CreatedAt = now,
            CreatedBy = user.Id,
        };
        db.Proceedings.Add(proceeding);
        foreach (var lawyerId in lawyerIds)
        {
            db.ProceedingLawyers.Add(new ProceedingLawyerEntity { ProceedingId = proceeding.Id, UserId = lawyerId, CaseId = caseId, Lead = lawyerId == proceeding.LeadLawyerId });
            // A named lawyer needs the case: they join its team, like an assignee of one of its tasks.
            CaseTeams.Add(db, caseId, lawyerId, user.Id, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await http.RecordAsync(AuditActions.ProceedingCreate, "proceeding", proceeding.Id, caseId, proceeding.CaseCode);
        return TypedResults.Created($"/api/proceedings/{proceeding.Id}", await ProceedingReader.ResponseAsync(db, proceeding, cancellationToken));
    }

    private static async Task<Dictionary<string, string[]>> ValidateAsync(WorkflowsDbContext db, CreateProceedingRequest request, List<Guid> lawyerIds, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Kind is null || !ProceedingVocabulary.Kinds.Contains(request.Kind))
        {
            errors["kind"] = [$"Use one of: {string.Join(", ", ProceedingVocabulary.Kinds)}."];
        }

        if (string.IsNullOrWhiteSpace(request.Court) || request.Court.Length > 200)
        {
            errors["court"] = ["A court of at most 200 characters is required."];
        }

        if (request.CourtCaseNumber is { Length: > 100 })
        {
            errors["courtCaseNumber"] = ["At most 100 characters."];
        }

        if (request.ClientRole is null || !ProceedingVocabulary.ClientRoles.Contains(request.ClientRole))
        {
            errors["clientRole"] = [$"Use one of: {string.Join(", ", ProceedingVocabulary.ClientRoles)}."];
        }

        if (request.LeadLawyerId is null)
        {
            errors["leadLawyerId"] = ["A lead lawyer is required."];
        }

        var lawyers = await db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.Lawyer), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .Where(id => lawyerIds.Contains(id)).ToListAsync(cancellationToken);
        if (request.LeadLawyerId is { } lead && !lawyers.Contains(lead))
        {
            errors["leadLawyerId"] = [$"User {lead} is not a lawyer."];
        }

        if (request.LawyerIds?.FirstOrDefault(id => !lawyers.Contains(id)) is { } notLawyer && notLawyer != Guid.Empty)
        {
            errors["lawyerIds"] = [$"User {notLawyer} is not a lawyer."];
        }

        return errors;
    }
}
