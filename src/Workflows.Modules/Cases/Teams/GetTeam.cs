using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Teams;

internal static class GetTeam
{
    public static RouteGroupBuilder MapGetTeam(this RouteGroupBuilder cases)
    {
        cases.MapGet("/{id:guid}/team", HandleAsync).WithName("GetCaseTeam")
            .WithSummary("Read a case team")
            .WithDescription("The members of the case's team and their roles on it. A case the caller may not see is 404.");
        return cases;
    }

    private static async Task<Results<Ok<TeamResponse>, NotFound>> HandleAsync(Guid id, WorkflowsDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        // The case query carries need-to-know: a case the viewer may not see is not found.
        if (!await db.Cases.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var team = new TeamResponse(id, await TeamReader.ReadAsync(db, id, cancellationToken));
        await http.RecordAsync(AuditActions.TeamRead, "case_team", id, id, null);
        return TypedResults.Ok(team);
    }
}
