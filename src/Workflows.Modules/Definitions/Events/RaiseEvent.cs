using Astra.Workflows.Modules.Cases.Contracts;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using DeclarationChecks = Astra.Workflows.Engine.Validation.DeclarationChecks;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Idempotency;
using Astra.Workflows.Modules.Definitions.Instances;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Definitions.InstanceStorage;
using Astra.Workflows.Modules.Platform.Bursts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;
using System.ComponentModel.DataAnnotations;

namespace Astra.Workflows.Modules.Definitions.Events;

public sealed record RaiseEventRequest(
    [property: Required(ErrorMessage = "An event name is required.")]
    [property: MaxLength(DeclarationChecks.MaxEventNameLength, ErrorMessage = "At most {1} characters.")]
    string? Name,
    Guid? CaseId,
    JsonElement? Payload,
    string? IdempotencyKey);

public sealed record RaiseEventResponse(int Resumed);

internal static class RaiseEvent
{
    public static RouteGroupBuilder MapEventEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/events", HandleAsync).WithTags("Events").WithName("RaiseEvent")
            .WithSummary("Raise an event")
            .WithDescription("Delivers a named event to the workflow instances waiting for it, on one case or (for coordinators and admins only) on case-less instances. Only events declared by a published definition can be raised, and only by the roles that declaration names (403 otherwise; system events are reserved). An optional `idempotencyKey` makes a retry answer the first result instead of resuming twice.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    private static async Task<Results<Ok<RaiseEventResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        RaiseEventRequest request, ClaimsPrincipal user, InstanceCoordinator coordinator, IDefinitionProvider definitions, WorkflowsDbContext db,
        HttpContext http, TimeProvider time, IdempotentRequests idempotency, CancellationToken cancellationToken)
    {
        // Present and at most MaxEventNameLength long: the validation filter refused anything else.
        var name = request.Name!;

        if (SystemEvents.IsReserved(name))
        {
            await db.RecordAsync(http, time, Refused(name, request.CaseId, "reserved system event"), cancellationToken);
            return EventProblems.Reserved(name);
        }

        // Only what a published definition declares is a user event, and only its roles may raise it.
        var allowed = await PublishedEventDeclarations.RolesAsync(db, definitions, name, cancellationToken);
        if (allowed is null)
        {
            return ApiProblems.Invalid(new Dictionary<string, string[]>
            {
                ["name"] = [$"No published workflow declares the event '{name}'; only declared events can be raised."],
            });
        }

        if (!allowed.Any(user.IsInRole))
        {
            await db.RecordAsync(http, time, Refused(name, request.CaseId, "role not allowed"), cancellationToken);
            return EventProblems.RoleNotAllowed(name, allowed);
        }

        var errors = new Dictionary<string, string[]>();

        // Events without a case reach case-less instances, which only those who see every case may touch.
        if (request.CaseId is null && !user.IsInRole(Roles.Coordinator) && !user.IsInRole(Roles.Admin))
        {
            errors["caseId"] = ["A caseId is required."];
        }

        // The case query carries need-to-know: a case the caller may not see does not exist for them.
        string? caseCode = null;
        if (request.CaseId is { } caseId && (caseCode = (await CaseLookup.FindAsync(db, caseId, cancellationToken))?.Code) is null)
        {
            errors["caseId"] = [$"Case {caseId} does not exist."];
        }

        if (IdempotencyKeys.Check("idempotencyKey", request.IdempotencyKey) is { } keyErrors)
        {
            errors["idempotencyKey"] = keyErrors["idempotencyKey"];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        if (request.IdempotencyKey is not { Length: > 0 } key)
        {
            return TypedResults.Ok(await RaiseAsync(request, name, caseCode, null, user, coordinator, db, http, time, cancellationToken));
        }

        // Claimed before the work: every repeat, also one arriving while the first is in flight, gets the first answer.
        var scoped = IdempotencyKeys.Scoped("event", user, key);
        switch (await idempotency.ClaimAsync(scoped, IdempotencyKeys.Fingerprint(user, key, request), cancellationToken))
        {
            case IdempotencyClaim.Replay replay:
                return TypedResults.Ok(replay.Answer.BodyAs<RaiseEventResponse>());
            case IdempotencyClaim.Mismatch:
                return IdempotencyProblems.Mismatch("idempotencyKey");
            case IdempotencyClaim.InFlight inFlight:
                return IdempotencyProblems.InFlight(http, "idempotencyKey", inFlight.RetryAfter);
            case IdempotencyClaim.Owned owned:
                await using (owned.Key)
                {
                    var response = await RaiseAsync(request, name, caseCode, scoped, user, coordinator, db, http, time, cancellationToken);
                    await owned.Key.CompleteAsync(StatusCodes.Status200OK, null, response, null, cancellationToken);
                    return TypedResults.Ok(response);
                }

            default:
                throw new InvalidOperationException("Unknown idempotency claim.");
        }
    }

    /// <summary>
    /// Each resumed instance commits on its own with its own key (the scoped key and the bookmark), so a retry
    /// after a partial failure counts what was resumed without resuming it twice.
    /// </summary>
    private static async Task<RaiseEventResponse> RaiseAsync(
        RaiseEventRequest request, string name, string? caseCode, string? scopedKey, ClaimsPrincipal user, InstanceCoordinator coordinator, WorkflowsDbContext db,
        HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var resumed = await coordinator.RaiseEventAsync(name, request.CaseId, request.Payload, scopedKey, Actor.Of(user), cancellationToken);

        // The record follows the resumed instances; the journal of each names the actor too.
        var reason = string.Create(CultureInfo.InvariantCulture, $"resumed {resumed}");
        await db.RecordAsync(http, time, new AuditedAct(AuditActions.EventRaise, "event", name, request.CaseId, caseCode, AuditOutcomes.Ok, reason), cancellationToken);
        return new RaiseEventResponse(resumed);
    }

    private static AuditedAct Refused(string name, Guid? caseId, string reason) =>
        new(AuditActions.EventRaise, "event", name, null, null, AuditDeniedHandler.Forbidden, reason + (caseId is null ? string.Empty : $" (case {caseId:D})"));
}
