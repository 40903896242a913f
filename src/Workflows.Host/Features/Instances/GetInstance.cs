using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Host.Features.Instances;

internal static class GetInstance
{
    public static RouteGroupBuilder MapGetInstance(this RouteGroupBuilder instances)
    {
        instances.MapGet("/{id:guid}", HandleAsync).WithName("GetInstance");
        return instances;
    }

    private static async Task<Results<Ok<InstanceResponse>, NotFound>> HandleAsync(Guid id, IInstanceStore store, WorkflowsDbContext db, CancellationToken cancellationToken) =>
        await InstanceReader.ReadAsync(id, store, db, cancellationToken) is { } instance
            ? TypedResults.Ok(instance)
            : TypedResults.NotFound();
}
