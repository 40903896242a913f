using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Referrals;

/// <summary>A partner referred the client to ASTRA: recorded on the case (received → completed); nothing is sent out.</summary>
internal static class IncomingReferral
{
    public static RouteGroupBuilder MapIncomingReferral(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId:guid}/incoming-referrals", HandleAsync).RequireAuthorization(p => p.RequireRole(SendReferral.Writers))
            .WithTags("Referrals").WithName("RecordIncomingReferral")
            .WithSummary("Record an incoming referral")
            .WithDescription("Records that a partner referred the client to ASTRA, when, and why.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Created<ReferralResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid caseId, IncomingReferralRequest request, HttpContext http, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var @case = await CaseLookup.FindAsync(db, caseId, cancellationToken);
        if (@case is null)
        {
            return ApiProblems.NotFound("Case", caseId);
        }

        var errors = new Dictionary<string, string[]>();
        var partner = request.PartnerId is { } partnerId ? await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId, cancellationToken) : null;
        if (partner is null)
        {
            errors["partnerId"] = ["A partner of the directory is required."];
        }

        if (request.ReceivedOn is not { } receivedOn || receivedOn > OrganisationTime.Today(time))
        {
            errors["receivedOn"] = ["When the referral was received is required and cannot be in the future."];
        }

        ReferralValidation.Reason(request.Reason, errors);
        if (request.Services is { Count: > 0 })
        {
            await ReferralValidation.ServicesAsync(db, time, request.Services, errors, cancellationToken);
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var now = time.GetUtcNow();
        var referral = new ReferralEntity
        {
            Id = Guid.CreateVersion7(now),
            CaseId = caseId,
            CaseCode = @case.Code,
            Direction = ReferralDirections.Incoming,
            PartnerId = partner!.Id,
            Services = [.. (request.Services ?? []).Distinct(StringComparer.Ordinal)],
            Reason = request.Reason!.Trim(),
            Urgency = "routine",
            Status = ReferralStatuses.Received,
            CreatedAt = now,
            CreatedBy = CurrentUser.From(http).KnownId,
            SharingBasis = "none",
            ReceivedOn = request.ReceivedOn,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(ReferralAudit.Incoming, "referral", referral.Id.ToString("D"), caseId, @case.Code, AuditOutcomes.Ok), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/referrals/{referral.Id}", ReferralReader.Response(referral, partner));
    }
}
