using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Identity;
using System.Security.Claims;
using System.Text.Json;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Definitions.Events;
using Astra.Workflows.Modules.Platform.Idempotency;
using StartInputException = Astra.Workflows.Engine.Validation.StartInputException;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Definitions.Instances;

internal static class StartInstance
{
    public static RouteGroupBuilder MapStartInstance(this RouteGroupBuilder instances)
    {
        instances.MapPost("/", HandleAsync).WithName("StartInstance")
            .HonoursIdempotencyKey()
            .WithSummary("Start a workflow instance")
            .WithDescription("Starts the latest published version of a definition, optionally on a case, with the given input. A definition with `startRoles` may be started only by those roles (403). With an `Idempotency-Key` header, a retry with the same key and body answers the first instance instead of starting a second; the same key with another body is 422.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return instances;
    }

    private static async Task<Results<Created<StartInstanceResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        StartInstanceRequest request, ClaimsPrincipal user, InstanceCoordinator coordinator, IDefinitionProvider definitions, WorkflowsDbContext db,
        HttpContext http, TimeProvider time, IdempotentRequests idempotency, CancellationToken cancellationToken)
    {
        // Present and not blank: the validation filter refused anything else.
        var definitionId = request.DefinitionId!;

        // startRoles of the version that would start; absent means anyone who sees the case (ADR 0016).
        if ((await definitions.GetPublishedAsync(definitionId, cancellationToken))?.Definition.StartRoles is { } startRoles
            && !startRoles.Any(user.IsInRole))
        {
            var refused = new AuditedAct(AuditActions.InstanceStart, "definition", null, null, null, AuditDeniedHandler.Forbidden, $"{definitionId}: role not allowed");
            await db.RecordAsync(http, time, refused, cancellationToken);
            return ApiProblems.Of(
                StatusCodes.Status403Forbidden,
                "Your roles may not start this workflow.",
                $"Workflow '{definitionId}' may be started only by: {string.Join(", ", startRoles)}.",
                new Dictionary<string, object?> { ["definitionId"] = definitionId });
        }

        if (request.CaseId is { } caseId && !await CaseLookup.ExistsAsync(db, caseId, cancellationToken))
        {
            return ApiProblems.Invalid("caseId", $"Case {caseId} does not exist.");
        }

        var input = request.Input ?? JsonSerializer.SerializeToElement(new { });
        if (input.ValueKind != JsonValueKind.Object)
        {
            return ApiProblems.Invalid("input", "The input must be a JSON object.");
        }

        var (idempotencyKey, keyErrors) = IdempotencyKeys.FromHeader(http);
        if (keyErrors is not null)
        {
            return ApiProblems.Invalid(keyErrors);
        }

        if (idempotencyKey is null)
        {
            return await StartAsync(request, definitionId, input, null, user, coordinator, db, cancellationToken);
        }

        var scoped = IdempotencyKeys.Scoped("instance", user, idempotencyKey);
        switch (await idempotency.ClaimAsync(scoped, IdempotencyKeys.Fingerprint(user, idempotencyKey, request), cancellationToken))
        {
            case IdempotencyClaim.Replay replay:
                return TypedResults.Created(replay.Answer.Location, replay.Answer.BodyAs<StartInstanceResponse>());
            case IdempotencyClaim.Mismatch:
                return IdempotencyProblems.Mismatch(IdempotencyKeys.Header);
            case IdempotencyClaim.InFlight inFlight:
                return IdempotencyProblems.InFlight(http, IdempotencyKeys.Header, inFlight.RetryAfter);
            case IdempotencyClaim.Owned owned:
                await using (owned.Key)
                {
                    var started = await StartAsync(request, definitionId, input, owned.Key, user, coordinator, db, cancellationToken);
                    if (started.Result is Created<StartInstanceResponse> created)
                    {
                        await owned.Key.CompleteAsync(StatusCodes.Status201Created, created.Location, created.Value, null, cancellationToken);
                    }

                    return started;
                }

            default:
                throw new InvalidOperationException("Unknown idempotency claim.");
        }
    }

    /// <summary>
    /// Starts under the claim's reserved id: when an earlier holder of the key committed the start but died
    /// before storing the answer, the instance is found under that id and answered, not started twice.
    /// </summary>
    private static async Task<Results<Created<StartInstanceResponse>, ValidationProblem, ProblemHttpResult>> StartAsync(
        StartInstanceRequest request, string definitionId, JsonElement input, OwnedKey? claim, ClaimsPrincipal user, InstanceCoordinator coordinator,
        WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        if (claim is not null
            && await db.Instances.AsNoTracking().Where(i => i.Id == claim.ReservedId).Select(i => new { i.Id, i.Status, i.DefinitionVersion }).FirstOrDefaultAsync(cancellationToken) is { } earlier)
        {
            return TypedResults.Created($"/api/instances/{earlier.Id}", new StartInstanceResponse(earlier.Id, earlier.Status, earlier.DefinitionVersion));
        }

        var caseData = await CaseScriptData.LoadAsync(db, request.CaseId, cancellationToken);
        BurstResult burst;
        try
        {
            burst = await coordinator.StartAsync(definitionId, request.CaseId, input, Actor.Of(user), caseData, claim?.ReservedId, cancellationToken);
        }
        catch (StartInputException e)
        {
            return ApiProblems.Invalid(e.Problems
                .GroupBy(p => p.Input is { Length: > 0 } name ? $"input.{name}" : "input")
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }
        catch (DefinitionNotPublishedException)
        {
            return ApiProblems.Of(StatusCodes.Status404NotFound, "Definition not published", $"No published version of '{definitionId}'.");
        }

        var instance = burst.Instance;
        return TypedResults.Created($"/api/instances/{instance.Id}", new StartInstanceResponse(instance.Id, instance.Status.ToString(), instance.DefinitionVersion));
    }
}
