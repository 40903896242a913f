using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using DeclarationChecks = Astra.Workflows.Engine.Validation.DeclarationChecks;
using Astra.Workflows.Host.Features.Audit;
using Astra.Workflows.Host.Features.Instances;
using Astra.Workflows.Persistence;
using Astra.Workflows.Persistence.Identity;
using Astra.Workflows.Persistence.Instances;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Host.Features.Events;

public sealed record RaiseEventRequest(string? Name, Guid? CaseId, JsonElement? Payload, string? IdempotencyKey);

public sealed record RaiseEventResponse(int Resumed);

internal static class RaiseEvent
{
    public static RouteGroupBuilder MapEventEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/events", HandleAsync).WithTags("Events").WithName("RaiseEvent");
        return api;
    }

    private static async Task<Results<Ok<RaiseEventResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        RaiseEventRequest request, ClaimsPrincipal user, InstanceCoordinator coordinator, IDefinitionProvider definitions, WorkflowsDbContext db,
        HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["An event name is required."] });
        }

        var name = request.Name;
        if (name.Length > DeclarationChecks.MaxEventNameLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [$"At most {DeclarationChecks.MaxEventNameLength} characters."] });
        }

        if (SystemEvents.IsReserved(name))
        {
            await db.RecordAsync(http, time, Refused(name, request.CaseId, "reserved system event"), cancellationToken);
            return EventProblems.Reserved(name);
        }

        // Only what a published definition declares is a user event, and only its roles may raise it.
        var allowed = await PublishedEventDeclarations.RolesAsync(db, definitions, name, cancellationToken);
        if (allowed is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
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
        if (request.CaseId is { } caseId && (caseCode = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Code).FirstOrDefaultAsync(cancellationToken)) is null)
        {
            errors["caseId"] = [$"Case {caseId} does not exist."];
        }

        if (request.IdempotencyKey is { Length: > 150 })
        {
            errors["idempotencyKey"] = ["At most 150 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var recordKey = request.IdempotencyKey is { Length: > 0 } key ? $"event:{key}" : null;
        if (recordKey is not null && await db.IdempotencyKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Key == recordKey, cancellationToken) is { } earlier)
        {
            return TypedResults.Ok(JsonSerializer.Deserialize<RaiseEventResponse>(earlier.Result, JsonSerializerOptions.Web)!);
        }

        var resumed = await coordinator.RaiseEventAsync(name, request.CaseId, request.Payload, request.IdempotencyKey, Actor.Of(user), cancellationToken);
        var response = new RaiseEventResponse(resumed);

        // Each resumed instance commits on its own, so the record follows them; the journal of each names the actor too.
        var reason = string.Create(CultureInfo.InvariantCulture, $"resumed {resumed}");
        await db.RecordAsync(http, time, new AuditedAct(AuditActions.EventRaise, "event", name, request.CaseId, caseCode, AuditOutcomes.Ok, reason), cancellationToken);
        if (recordKey is not null)
        {
            await RememberAsync(db, recordKey, response, time, cancellationToken);
        }

        return TypedResults.Ok(response);
    }

    private static AuditedAct Refused(string name, Guid? caseId, string reason) =>
        new(AuditActions.EventRaise, "event", name, null, null, AuditDeniedHandler.Forbidden, reason + (caseId is null ? string.Empty : $" (case {caseId:D})"));

    /// <summary>
    /// A repeated key answers with the first response. Each resume already carries its own key, so a race
    /// between two first calls cannot apply anything twice; only the first answer is kept.
    /// </summary>
    private static async Task RememberAsync(WorkflowsDbContext db, string key, RaiseEventResponse response, TimeProvider time, CancellationToken cancellationToken)
    {
        db.IdempotencyKeys.Add(new IdempotencyEntity
        {
            Key = key,
            InstanceId = Guid.Empty,
            Result = JsonSerializer.Serialize(response, JsonSerializerOptions.Web),
            CreatedAt = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            db.ChangeTracker.Clear();
        }
    }
}
