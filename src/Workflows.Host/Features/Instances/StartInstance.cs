using System.Security.Claims;
using System.Text.Json;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Host.Features.Audit;
using Astra.Workflows.Host.Features.Events;
using StartInputException = Astra.Workflows.Engine.Validation.StartInputException;
using Astra.Workflows.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Host.Features.Instances;

internal static class StartInstance
{
    public static RouteGroupBuilder MapStartInstance(this RouteGroupBuilder instances)
    {
        instances.MapPost("/", HandleAsync).WithName("StartInstance");
        return instances;
    }

    private static async Task<Results<Created<StartInstanceResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        StartInstanceRequest request, ClaimsPrincipal user, InstanceCoordinator coordinator, IDefinitionProvider definitions, WorkflowsDbContext db,
        HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.DefinitionId))
        {
            return Invalid("definitionId", "A definitionId is required.");
        }

        // startRoles of the version that would start; absent means anyone who sees the case (ADR 0016).
        if ((await definitions.GetPublishedAsync(request.DefinitionId, cancellationToken))?.Definition.StartRoles is { } startRoles
            && !startRoles.Any(user.IsInRole))
        {
            var refused = new AuditedAct(AuditActions.InstanceStart, "definition", null, null, null, AuditDeniedHandler.Forbidden, $"{request.DefinitionId}: role not allowed");
            await db.RecordAsync(http, time, refused, cancellationToken);
            return TypedResults.Problem(
                $"Workflow '{request.DefinitionId}' may be started only by: {string.Join(", ", startRoles)}.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Your roles may not start this workflow.",
                extensions: new Dictionary<string, object?> { ["definitionId"] = request.DefinitionId });
        }

        if (request.CaseId is { } caseId && !await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            return Invalid("caseId", $"Case {caseId} does not exist.");
        }

        var input = request.Input ?? JsonSerializer.SerializeToElement(new { });
        if (input.ValueKind != JsonValueKind.Object)
        {
            return Invalid("input", "The input must be a JSON object.");
        }

        var caseData = await CaseScriptData.LoadAsync(db, request.CaseId, cancellationToken);
        BurstResult? burst;
        try
        {
            burst = await coordinator.StartAsync(request.DefinitionId, request.CaseId, input, Actor.Of(user), caseData, cancellationToken);
        }
        catch (StartInputException e)
        {
            return TypedResults.ValidationProblem(e.Problems
                .GroupBy(p => p.Input is { Length: > 0 } name ? $"input.{name}" : "input")
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        if (burst is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Definition not published",
                detail: $"No published version of '{request.DefinitionId}'.");
        }

        var instance = burst.Instance;
        return TypedResults.Created($"/api/instances/{instance.Id}", new StartInstanceResponse(instance.Id, instance.Status.ToString(), instance.DefinitionVersion));
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
