using Astra.Workflows.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Host.Features.Cases;

internal static class GetCase
{
    public static RouteGroupBuilder MapGetCase(this RouteGroupBuilder cases)
    {
        cases.MapGet("/{id:guid}", HandleAsync).WithName("GetCase");
        return cases;
    }

    private static async Task<Results<Ok<CaseDetailResponse>, NotFound>> HandleAsync(Guid id, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var entity = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (entity is null)
        {
            return TypedResults.NotFound();
        }

        var instances = await db.Instances.AsNoTracking()
            .Where(i => i.CaseId == id)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new CaseInstanceSummary(i.Id, i.DefinitionId, i.DefinitionVersion, i.Status, i.CreatedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new CaseDetailResponse(entity.Id, entity.Code, entity.Phase, entity.OpenedAt, instances));
    }
}
