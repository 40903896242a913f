using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Referrals.Catalogue;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Referrals;

/// <summary>
/// Refers the client of a case to a partner. Consent for sharing with that kind of partner is checked first: without
/// it the answer is 409 naming the purpose and nothing is written but the audited denial, unless an override reason
/// (a child, imminent danger) is given, which is audited with the send.
/// </summary>
internal static class SendReferral
{
    public static readonly string[] Writers = [Roles.Admin, Roles.Coordinator, Roles.CaseManager];

    public static RouteGroupBuilder MapSendReferral(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId:guid}/referrals", HandleAsync).RequireAuthorization(p => p.RequireRole(Writers))
            .WithTags("Referrals").WithName("SendReferral")
            .WithSummary("Refer the client to a partner")
            .WithDescription("Sends a referral with the minimum data (case code, services, urgency, interpreter need, ASTRA's contact). 409 names the consent purpose missing; overrideReason sends without consent (child, imminent danger), audited.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Created<ReferralResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid caseId, SendReferralRequest request, HttpContext http, WorkflowsDbContext db, ReferralSender sender,
        IWorkingDayCalendar calendar, TimeProvider time, CancellationToken cancellationToken)
    {
        var @case = await CaseLookup.FindAsync(db, caseId, cancellationToken);
        if (@case is null)
        {
            return ApiProblems.NotFound("Case", caseId);
        }

        var now = time.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        var partner = request.PartnerId is { } partnerId ? await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId, cancellationToken) : null;
        if (partner is not { Active: true })
        {
            errors["partnerId"] = ["An active partner is required."];
        }

        await ReferralValidation.ServicesAsync(db, time, request.Services, errors, cancellationToken);
        ReferralValidation.Reason(request.Reason, errors);
        if (request.Urgency is null || !ReferralVocabulary.Urgencies.Contains(request.Urgency))
        {
            errors["urgency"] = [$"Use one of: {string.Join(", ", ReferralVocabulary.Urgencies)}."];
        }

        DateTimeOffset? respondBy = null;
        if (request.RespondWithin is not { } within || within.ValueKind is System.Text.Json.JsonValueKind.Null)
        {
            respondBy = new WorkflowDuration { WorkingDays = 2 }.AddTo(now, calendar);
        }
        else if (WorkflowDuration.TryParse(within, out var duration, out var error))
        {
            respondBy = duration!.AddTo(now, calendar);
            if (respondBy <= now || respondBy > now.AddDays(366))
            {
                errors["respondWithin"] = ["Between now and a year from now."];
            }
        }
        else
        {
            errors["respondWithin"] = [error!];
        }

        if (request.InterpreterLanguage is { Length: > 50 })
        {
            errors["interpreterLanguage"] = ["At most 50 characters."];
        }

        if (request.ContactUserId is { } contact && !await db.Users.AnyAsync(u => u.Id == contact, cancellationToken))
        {
            errors["contactUserId"] = [$"User {contact} does not exist."];
        }

        if (request.OverrideReason is { Length: > 1000 })
        {
            errors["overrideReason"] = ["At most 1000 characters."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var purpose = SharingConsent.PurposeFor(partner!.Kind);
        var consent = await SharingConsent.IsGivenAsync(db, caseId, purpose, cancellationToken);
        var overrideReason = string.IsNullOrWhiteSpace(request.OverrideReason) ? null : request.OverrideReason.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!consent && overrideReason is null)
        {
            await db.AuditAsync(http, time, new AuditedAct(ReferralAudit.Send, "referral", null, caseId, @case.Code, AuditOutcomes.Denied, $"no consent: {purpose}"), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return ApiProblems.Of(StatusCodes.Status409Conflict, "No consent", $"The client has not consented to sharing for purpose '{purpose}'. Record the consent, or give overrideReason (a child, imminent danger).",
                new Dictionary<string, object?> { ["purpose"] = purpose });
        }

        var user = CurrentUser.From(http);
        var referral = new ReferralEntity
        {
            Id = Guid.CreateVersion7(now),
            CaseId = caseId,
            CaseCode = @case.Code,
            Direction = ReferralDirections.Outgoing,
            PartnerId = partner.Id,
            Services = [.. request.Services!.Distinct(StringComparer.Ordinal)],
            Reason = request.Reason!.Trim(),
            Urgency = request.Urgency!,
            InterpreterLanguage = string.IsNullOrWhiteSpace(request.InterpreterLanguage) ? null : request.InterpreterLanguage.Trim(),
            ContactUserId = request.ContactUserId ?? user.KnownId,
            Status = ReferralStatuses.Sent,
            CreatedAt = now,
            CreatedBy = user.KnownId,
            RespondBy = respondBy,
            SharingBasis = consent ? "consent" : "override",
            ConsentPurpose = purpose,
            OverrideReason = consent ? null : overrideReason,
        };
        db.Referrals.Add(referral);
        await sender.SendAsync(db, referral, partner, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(ReferralAudit.Send, "referral", referral.Id.ToString("D"), caseId, @case.Code,
            consent ? AuditOutcomes.Allowed : AuditOutcomes.Override, referral.OverrideReason), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/referrals/{referral.Id}", ReferralReader.Response(referral, partner));
    }
}
