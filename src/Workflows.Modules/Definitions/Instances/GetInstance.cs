using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Definitions.Instances;

internal static class GetInstance
{
    public static RouteGroupBuilder MapGetInstance(this RouteGroupBuilder instances)
    {
        instances.MapGet("/{id:guid}", HandleAsync).WithName("GetInstance")
            .WithSummary("Read a workflow instance")
            .WithDescription("An instance with its status, variables, waits, incidents and journal. An instance of a case the caller may not see is 404.");
        return instances;
    }

    private static async Task<Results<Ok<InstanceResponse>, NotFound>> HandleAsync(
        Guid id, IInstanceStore store, WorkflowsDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await InstanceReader.ReadAsync(id, store, db, cancellationToken) is not { } instance)
        {
            return TypedResults.NotFound();
        }

        // The variables carry what the workflow's forms collected.
        await db.RecordReadAsync(http, time, AuditActions.InstanceRead, "instance", id, instance.CaseId, null, cancellationToken);
        return TypedResults.Ok(instance);
    }
}
