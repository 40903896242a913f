using System.Security.Claims;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Definitions.Instances;

internal static class CancelOrRetryInstance
{
    public static RouteGroupBuilder MapCancelOrRetryInstance(this RouteGroupBuilder instances)
    {
        instances.MapPost("/{id:guid}/cancel", CancelAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Coordinator))
            .WithName("CancelInstance")
            .WithSummary("Cancel a workflow instance")
            .WithDescription("Cancels an instance that has not finished; a finished one is 409.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        instances.MapPost("/{id:guid}/retry", RetryAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Coordinator))
            .WithName("RetryInstance")
            .WithSummary("Retry a faulted instance")
            .WithDescription("Resumes a faulted instance; one that is not faulted is 409.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return instances;
    }

    private static async Task<Results<Ok<InstanceResponse>, NotFound, ProblemHttpResult>> CancelAsync(
        Guid id, ClaimsPrincipal user, InstanceCoordinator coordinator, IInstanceStore store, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var current = await store.LoadAsync(id, cancellationToken);
        if (current is null)
        {
            return TypedResults.NotFound();
        }

        if (current.IsFinished)
        {
            return ApiProblems.Conflict($"Instance {id} is already {current.Status}.");
        }

        try
        {
            await coordinator.CancelAsync(id, Actor.Of(user), cancellationToken);
        }
        catch (InstanceOperationException e) when (e is not InstanceBusyException)
        {
            // Another request finished or changed it since the check above.
            return e is InstanceNotFoundException ? TypedResults.NotFound() : ApiProblems.Conflict(e.Message);
        }

        return TypedResults.Ok((await InstanceReader.ReadAsync(id, store, db, cancellationToken))!);
    }

    private static async Task<Results<Ok<InstanceResponse>, NotFound, ProblemHttpResult>> RetryAsync(
        Guid id, ClaimsPrincipal user, InstanceCoordinator coordinator, IInstanceStore store, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var current = await store.LoadAsync(id, cancellationToken);
        if (current is null)
        {
            return TypedResults.NotFound();
        }

        if (current.Status != InstanceStatus.Faulted)
        {
            return ApiProblems.Conflict($"Instance {id} is {current.Status}; only a faulted instance can be retried.");
        }

        try
        {
            await coordinator.RetryAsync(id, Actor.Of(user), cancellationToken);
        }
        catch (InstanceOperationException e) when (e is not InstanceBusyException)
        {
            // Another request finished or changed it since the check above.
            return e is InstanceNotFoundException ? TypedResults.NotFound() : ApiProblems.Conflict(e.Message);
        }

        return TypedResults.Ok((await InstanceReader.ReadAsync(id, store, db, cancellationToken))!);
    }
}
