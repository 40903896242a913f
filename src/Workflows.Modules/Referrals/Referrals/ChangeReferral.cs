using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Referrals.Activities;
using Astra.Workflows.Modules.Referrals.Catalogue;
using Astra.Workflows.Modules.Referrals.Escalations;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Referrals;

/// <summary>
/// Staff changes to a referral: withdraw (revokes the link), record the answer the partner gave by phone, complete.
/// A change the status path does not allow is 409 and changes nothing.
/// </summary>
internal static class ChangeReferral
{
    public static RouteGroupBuilder MapChangeReferral(this RouteGroupBuilder api)
    {
        api.MapPost("/referrals/{id:guid}/withdraw", WithdrawAsync).RequireAuthorization(p => p.RequireRole(SendReferral.Writers))
            .WithTags("Referrals").WithName("WithdrawReferral")
            .WithSummary("Withdraw a referral")
            .WithDescription("Withdraws a sent or accepted referral; its partner link stops working at once.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/referrals/{id:guid}/record-answer", RecordAnswerAsync).RequireAuthorization(p => p.RequireRole(SendReferral.Writers))
            .WithTags("Referrals").WithName("RecordReferralAnswer")
            .WithSummary("Record the partner's answer")
            .WithDescription("Records what the partner said on the phone: accepted (with an appointment) or declined (with a reason).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/referrals/{id:guid}/complete", CompleteAsync).RequireAuthorization(p => p.RequireRole(SendReferral.Writers))
            .WithTags("Referrals").WithName("CompleteReferral")
            .WithSummary("Complete a referral")
            .WithDescription("Records whether the client was served, did not show or was not served; served records the services as delivered on the case.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<ReferralResponse>, ProblemHttpResult>> WithdrawAsync(
        Guid id, HttpContext http, WorkflowsDbContext db, ReferralEvents events, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var referral = await VisibleLockedAsync(db, id, cancellationToken);
        if (referral is null)
        {
            return ApiProblems.NotFound("Referral", id);
        }

        if (referral.Direction != ReferralDirections.Outgoing || referral.Status is not (ReferralStatuses.Sent or ReferralStatuses.Accepted))
        {
            return ApiProblems.Conflict($"A {referral.Status} referral cannot be withdrawn.");
        }

        var waiting = referral.Status == ReferralStatuses.Sent;
        referral.Status = ReferralStatuses.Withdrawn;
        referral.TokenRevoked = true;
        referral.Revision++;
        await ReferralTimers.DisarmAsync(db, id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(ReferralAudit.Withdraw, "referral", id.ToString("D"), referral.CaseId, referral.CaseCode, AuditOutcomes.Ok), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (waiting)
        {
            await events.RaiseOutcomeAsync(referral, ReferralSendActivity.Withdrawn, null, CurrentUser.From(http).Actor, cancellationToken);
        }

        return TypedResults.Ok(await ReferralReader.ResponseAsync(db, referral, cancellationToken));
    }

    private static async Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> RecordAnswerAsync(
        Guid id, RecordAnswerRequest request, HttpContext http, WorkflowsDbContext db, ReferralEvents events, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Answer is null || !ReferralVocabulary.Answers.Contains(request.Answer))
        {
            errors["answer"] = [$"Use one of: {string.Join(", ", ReferralVocabulary.Answers)}."];
        }

        var accepted = request.Answer == "accepted";
        if (request.Answer == "declined" && (request.DeclineReason is null || !ReferralVocabulary.DeclineReasons.Contains(request.DeclineReason)))
        {
            errors["declineReason"] = [$"Use one of: {string.Join(", ", ReferralVocabulary.DeclineReasons)}."];
        }

        if (!accepted && request.AppointmentAt is not null)
        {
            errors["appointmentAt"] = ["Only an accepted referral has an appointment."];
        }

        if (request.Note is { Length: > 1000 })
        {
            errors["note"] = ["At most 1000 characters."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var referral = await VisibleLockedAsync(db, id, cancellationToken);
        if (referral is null)
        {
            return ApiProblems.NotFound("Referral", id);
        }

        if (!ReferralChanges.CanAnswer(referral))
        {
            return ApiProblems.Conflict($"A {referral.Status} referral cannot be answered.");
        }

        var outcome = await ReferralChanges.AnswerAsync(db, referral, accepted, request.AppointmentAt, request.DeclineReason,
            string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), "phone", time.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(ReferralAudit.Answer, "referral", id.ToString("D"), referral.CaseId, referral.CaseCode, AuditOutcomes.Ok, referral.Status), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var partner = await db.Partners.AsNoTracking().Where(p => p.Id == referral.PartnerId).Select(p => p.Name).FirstAsync(cancellationToken);
        await events.RaiseOutcomeAsync(referral, outcome, partner, CurrentUser.From(http).Actor, cancellationToken);
        return TypedResults.Ok(await ReferralReader.ResponseAsync(db, referral, cancellationToken));
    }

    private static async Task<Results<Ok<ReferralResponse>, ValidationProblem, ProblemHttpResult>> CompleteAsync(
        Guid id, CompleteReferralRequest request, HttpContext http, WorkflowsDbContext db, ReferralEvents events, TimeProvider time, CancellationToken cancellationToken)
    {
        var today = OrganisationTime.Today(time);
        var errors = new Dictionary<string, string[]>();
        if (request.Outcome is null || !ReferralVocabulary.Outcomes.Contains(request.Outcome))
        {
            errors["outcome"] = [$"Use one of: {string.Join(", ", ReferralVocabulary.Outcomes)}."];
        }

        if (request.ServedOn is { } servedOn && (servedOn > today || request.Outcome != "served"))
        {
            errors["servedOn"] = ["Only for outcome served, and not in the future."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var referral = await VisibleLockedAsync(db, id, cancellationToken);
        if (referral is null)
        {
            return ApiProblems.NotFound("Referral", id);
        }

        if (!ReferralChanges.CanComplete(referral))
        {
            return ApiProblems.Conflict($"A {referral.Status} referral cannot be completed.");
        }

        var wasWaiting = referral.Status == ReferralStatuses.Sent;
        var user = CurrentUser.From(http);
        await ReferralChanges.CompleteAsync(db, referral, request.Outcome!, request.ServedOn, user.KnownId, time.GetUtcNow(), today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(ReferralAudit.Complete, "referral", id.ToString("D"), referral.CaseId, referral.CaseCode, AuditOutcomes.Ok, referral.Outcome), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (wasWaiting)
        {
            // Served without an answer first: the partner evidently took the client.
            await events.RaiseOutcomeAsync(referral, ReferralSendActivity.Accepted, null, user.Actor, cancellationToken);
        }

        await events.RaiseCompletedAsync(referral, user.Actor, cancellationToken);
        return TypedResults.Ok(await ReferralReader.ResponseAsync(db, referral, cancellationToken));
    }

    /// <summary>The row locked for the change, only if the caller may see the case (the filter, checked first).</summary>
    private static async Task<ReferralEntity?> VisibleLockedAsync(WorkflowsDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Referrals.AsNoTracking().AnyAsync(r => r.Id == id, cancellationToken)
            ? await ReferralChanges.LockAsync(db, id, cancellationToken)
            : null;
}
