using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Definitions.Instances;

internal static class ListInstances
{
    private const int PageSize = 200;

    public static RouteGroupBuilder MapListInstances(this RouteGroupBuilder instances)
    {
        instances.MapGet("/", HandleAsync).WithName("ListInstances")
            .WithSummary("List workflow instances")
            .WithDescription("Instances of the cases the caller may see, filtered by status, definition or case.");
        return instances;
    }

    private static async Task<Results<Ok<List<InstanceSummaryResponse>>, ValidationProblem>> HandleAsync(
        string? definitionId, Guid? caseId, string? status, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Instances.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(definitionId))
        {
            query = query.Where(i => i.DefinitionId == definitionId);
        }

        if (caseId is not null)
        {
            query = query.Where(i => i.CaseId == caseId);
        }

        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<InstanceStatus>(status, ignoreCase: true, out var parsed))
            {
                return ApiProblems.Invalid(new Dictionary<string, string[]>
                {
                    ["status"] = [$"Unknown status '{status}'. Use one of: {string.Join(", ", Enum.GetNames<InstanceStatus>())}."],
                });
            }

            var name = parsed.ToString();
            query = query.Where(i => i.Status == name);
        }

        var rows = await query.OrderByDescending(i => i.CreatedAt).Take(PageSize)
            .Select(i => new InstanceSummaryResponse(i.Id, i.DefinitionId, i.DefinitionVersion, i.CaseId, i.Status, i.CreatedAt, i.UpdatedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows);
    }
}
