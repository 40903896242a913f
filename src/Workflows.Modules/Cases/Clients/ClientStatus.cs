using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Clients;

internal static class ClientStatus
{
    public static RouteGroupBuilder MapClientStatus(this RouteGroupBuilder cases)
    {
        cases.MapGet("/{id:guid}/client/status", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.CaseManager))
            .WithName("GetClientStatus")
            .WithSummary("Whether a client's identity is recorded")
            .WithDescription("Whether the case has a sealed identity and when it last changed, without decrypting anything, so the case page offers to record one or to reveal it. A case the caller may not see is 404.");
        return cases;
    }

    private static async Task<Results<Ok<ClientStatusResponse>, NotFound>> HandleAsync(Guid id, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var updatedAt = await db.Set<ClientIdentityEntity>().AsNoTracking().Where(c => c.CaseId == id)
            .Select(c => (DateTimeOffset?)c.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(new ClientStatusResponse(id, updatedAt is not null, updatedAt));
    }
}
