using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Cases.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Cases.Consent;

internal static class SharingCheck
{
    private static readonly IReadOnlyList<string> SharingPurposes = ConsentPurposes.Sharing;

    /// <summary>Grounds on which data may be shared without consent.</summary>
    private static readonly IReadOnlyList<string> Grounds = ["child", "imminent-danger"];

    public static RouteGroupBuilder MapSharingCheck(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:guid}/sharing-check", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.CaseManager))
            .WithName("SharingCheck")
            .WithSummary("Check before sharing")
            .WithDescription("Asked before data about the client is shared with an outside party: allowed with consent, or without it only with a stated reason (a child, imminent danger). Every answer, denials included, is audited with that reason.");
        return cases;
    }

    /// <summary>
    /// Asked before data is shared with an outside party. Without consent, sharing is allowed only with a stated
    /// reason (a child, imminent danger); every answer, denials included, is audited with that reason.
    /// </summary>
    private static async Task<Results<Ok<SharingCheckResponse>, NotFound, ValidationProblem>> HandleAsync(
        Guid id, SharingCheckRequest? request, HttpContext http, WorkflowsDbContext db,
        IConsentChecker consents, TimeProvider time, CancellationToken cancellationToken)
    {
        var purpose = request?.Purpose?.Trim() ?? string.Empty;
        if (!SharingPurposes.Contains(purpose))
        {
            return ApiProblems.Invalid("purpose", $"Use one of: {string.Join(", ", SharingPurposes)}.");
        }

        var reason = string.IsNullOrWhiteSpace(request!.OverrideReason) ? null : request.OverrideReason.Trim();
        if (reason is { Length: > 1000 })
        {
            return ApiProblems.Invalid("overrideReason", "At most 1000 characters.");
        }

        var ground = string.IsNullOrWhiteSpace(request.Ground) ? null : request.Ground.Trim();
        if (ground is not null && !Grounds.Contains(ground))
        {
            return ApiProblems.Invalid("ground", $"Use one of: {string.Join(", ", Grounds)}.");
        }

        if (ground is not null && reason is null)
        {
            return ApiProblems.Invalid("overrideReason", "A ground needs the reason in staff's words.");
        }

        // The ground leads the stored reason, so the audit row alone says why consent was set aside.
        reason = ground is null || reason is null ? reason : $"{ground}: {reason}";
        if (reason is { Length: > 1000 })
        {
            return ApiProblems.Invalid("overrideReason", "At most 1000 characters with the ground.");
        }

        var code = await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => c.Code).FirstOrDefaultAsync(cancellationToken);
        if (code is null)
        {
            return TypedResults.NotFound();
        }

        var state = await consents.CheckAsync(id, purpose, cancellationToken);
        var (response, outcome) = state.Given
            ? (new SharingCheckResponse(true, "consent"), AuditOutcomes.Allowed)
            : reason is not null
                ? (new SharingCheckResponse(true, "override"), AuditOutcomes.Override)
                : (new SharingCheckResponse(false, "no-consent"), AuditOutcomes.Denied);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A reason given while consent stands is not an override; it is not stored, so it cannot leak anything.
        var storedReason = outcome == AuditOutcomes.Override ? reason : null;
        await db.AuditAsync(http, time, new AuditedAct(AuditActions.SharingCheck, "sharing:" + purpose, null, id, code, outcome, storedReason), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(response);
    }
}
