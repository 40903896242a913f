using System.Security.Claims;
using System.Text.Json;
using Astra.Workflows.Engine.Runtime;
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

    private static async Task<Results<Ok<RaiseEventResponse>, ValidationProblem>> HandleAsync(
        RaiseEventRequest request, ClaimsPrincipal user, InstanceCoordinator coordinator, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors["name"] = ["An event name is required."];
        }

        // Events without a case reach case-less instances, which only those who see every case may touch.
        if (request.CaseId is null && !user.IsInRole(Roles.Coordinator) && !user.IsInRole(Roles.Admin))
        {
            errors["caseId"] = ["A caseId is required."];
        }

        // The case query carries need-to-know: a case the caller may not see does not exist for them.
        if (request.CaseId is { } caseId && !await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
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

        var resumed = await coordinator.RaiseEventAsync(request.Name!, request.CaseId, request.Payload, request.IdempotencyKey, Actor.Of(user), cancellationToken);
        var response = new RaiseEventResponse(resumed);
        if (recordKey is not null)
        {
            await RememberAsync(db, recordKey, response, time, cancellationToken);
        }

        return TypedResults.Ok(response);
    }

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
