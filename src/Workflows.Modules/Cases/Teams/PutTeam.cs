using Astra.Workflows.Modules.Cases.Contracts;
using System.Globalization;
using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Cases.Storage;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Cases.Teams;

internal static class PutTeam
{
    public static RouteGroupBuilder MapPutTeam(this RouteGroupBuilder cases)
    {
        cases.MapPut("/{id:guid}/team", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator, Roles.Admin))
            .WithName("PutCaseTeam")
            .WithSummary("Replace a case team")
            .WithDescription("Replaces the case's team with the given members; an unknown user is a 400 naming the entry, and nothing changes.");
        return cases;
    }

    /// <summary>Replaces the team with the given members; unknown users are a 400 naming the entry, and nothing changes.</summary>
    private static async Task<Results<Ok<TeamResponse>, NotFound, ValidationProblem>> HandleAsync(
        Guid id, TeamRequest request, ClaimsPrincipal user, WorkflowsDbContext db, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        if (request.Members is null)
        {
            return ApiProblems.Invalid("members", "A members list is required (it may be empty).");
        }

        var wanted = request.Members.Select(m => m.UserId).ToList();
        var known = await db.Users.Where(u => wanted.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        var errors = wanted
            .Select((userId, index) => (userId, index))
            .Where(m => !known.Contains(m.userId))
            .ToDictionary(m => string.Create(CultureInfo.InvariantCulture, $"members[{m.index}].userId"), m => new[] { $"No user {m.userId}." });
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var now = time.GetUtcNow();
        var actor = CurrentUser.From(user).KnownId;
        var current = await db.CaseTeamMembers.Where(m => m.CaseId == id).ToListAsync(cancellationToken);
        db.CaseTeamMembers.RemoveRange(current.Where(m => !wanted.Contains(m.UserId)));
        foreach (var userId in wanted.Distinct().Where(u => current.All(m => m.UserId != u)))
        {
            CaseTeams.Add(db, id, userId, actor, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        // Team membership grants access to the case, so who changed it is part of the record.
        await http.RecordAsync(AuditActions.TeamChange, "case_team", id, id, null);
        return TypedResults.Ok(new TeamResponse(id, await TeamReader.ReadAsync(db, id, cancellationToken)));
    }
}
