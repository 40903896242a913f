using System.Globalization;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Cases.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Cases.Consent;

internal static class WithdrawConsent
{
    public static RouteGroupBuilder MapWithdrawConsent(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:guid}/consents/{purpose}/withdraw", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.CaseManager))
            .WithName("WithdrawConsent")
            .WithSummary("Withdraw consent")
            .WithDescription("Records that the client withdrew consent for a purpose; without a standing consent to withdraw it is 409.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return cases;
    }

    private static async Task<Results<Ok<ConsentEventResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, string purpose, WithdrawConsentRequest? request, HttpContext http, WorkflowsDbContext db,
        IConsentChecker consents, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!ConsentPurposes.All.Contains(purpose))
        {
            return ApiProblems.Invalid("purpose", $"Use one of: {string.Join(", ", ConsentPurposes.All)}.");
        }

        var now = time.GetUtcNow();
        if (request?.WithdrawnAt is not { } withdrawnAt || withdrawnAt > now)
        {
            return ApiProblems.Invalid("withdrawnAt", "When the client withdrew consent is required and cannot be in the future.");
        }

        if (request.Note is { Length: > 2000 })
        {
            return ApiProblems.Invalid("note", "At most 2000 characters.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var caseRow = await ConsentCases.LockAsync(db, id, cancellationToken);
        if (caseRow is null)
        {
            return TypedResults.NotFound();
        }

        var state = await consents.CheckAsync(id, purpose, cancellationToken);
        if (!state.Given)
        {
            return ApiProblems.Conflict($"There is no standing consent for '{purpose}' to withdraw.");
        }

        if (withdrawnAt < state.Since)
        {
            return ApiProblems.Invalid("withdrawnAt", "Consent cannot be withdrawn before it was given.");
        }

        var entry = new ConsentEventEntity
        {
            CaseId = id,
            Purpose = purpose,
            Kind = ConsentEventKinds.Withdrawn,
            EffectiveAt = withdrawnAt.ToUniversalTime(),
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            RecordedBy = CurrentUser.From(http).KnownId,
            RecordedAt = now,
        };
        db.Set<ConsentEventEntity>().Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(AuditActions.ConsentWithdraw, "consent:" + purpose, entry.Id.ToString(CultureInfo.InvariantCulture), id, caseRow.Code, AuditOutcomes.Ok), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ListConsents.ToResponse(entry));
    }
}
