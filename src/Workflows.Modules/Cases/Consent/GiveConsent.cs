using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Cases.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Cases.Consent;

internal static class GiveConsent
{
    public static RouteGroupBuilder MapGiveConsent(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:guid}/consents", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.CaseManager))
            .WithName("GiveConsent")
            .WithSummary("Record consent")
            .WithDescription("Records that the client gave consent for a purpose. Giving again while consent stands is recorded too, never merged.");
        return cases;
    }

    /// <summary>Giving again while consent stands is recorded too (a renewed signature is evidence), never merged.</summary>
    private static async Task<Results<Created<ConsentEventResponse>, NotFound, ValidationProblem>> HandleAsync(
        Guid id, GiveConsentRequest? request, HttpContext http, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var purpose = request?.Purpose?.Trim() ?? string.Empty;
        if (!ConsentPurposes.All.Contains(purpose))
        {
            return ApiProblems.Invalid("purpose", $"Use one of: {string.Join(", ", ConsentPurposes.All)}.");
        }

        var now = time.GetUtcNow();
        if (request!.GivenAt is not { } givenAt || givenAt > now)
        {
            return ApiProblems.Invalid("givenAt", "When the client gave consent is required and cannot be in the future.");
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

        var entry = new ConsentEventEntity
        {
            CaseId = id,
            Purpose = purpose,
            Kind = ConsentEventKinds.Given,
            // Npgsql writes timestamptz only from UTC offsets; a client may send Belgrade time (+01:00).
            EffectiveAt = givenAt.ToUniversalTime(),
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            RecordedBy = CurrentUser.From(http).KnownId,
            RecordedAt = now,
        };
        db.Set<ConsentEventEntity>().Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(AuditActions.ConsentGive, "consent:" + purpose, entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), id, caseRow.Code, AuditOutcomes.Ok), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/cases/{id}/consents", ListConsents.ToResponse(entry));
    }
}
