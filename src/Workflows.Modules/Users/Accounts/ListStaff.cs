using Astra.Workflows.Modules.Users.Contracts;
using System.Globalization;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Users.Accounts;

/// <summary>Who can be put on a case team or given a task: names and roles only, never e-mail or security state.</summary>
public sealed record StaffMemberResponse(Guid Id, string DisplayName, IReadOnlyList<string> Roles);

internal static class ListStaff
{
    // Coordinators edit teams and reassign tasks, directors oversee; the full user admin list stays Admin-only.
    public static RouteGroupBuilder MapListStaff(this RouteGroupBuilder api)
    {
        api.MapGet("/staff", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator, Roles.Director, Roles.Admin))
            .WithTags("Users")
            .WithName("ListStaff")
            .WithSummary("List staff")
            .WithDescription("Active staff members who can be put on a case team or given a task: display names and roles only, never e-mail or security state.");
        return api;
    }

    /// <summary>Active users ordered by display name; disabled accounts are left out so nobody new is given work they cannot see.</summary>
    private static async Task<Ok<List<StaffMemberResponse>>> HandleAsync(WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var active = (await db.Users.AsNoTracking().ToListAsync(cancellationToken))
            .Where(u => !UserViews.IsDisabled(u, now))
            .ToList();
        var rolesOf = await UserRoleNames.ForAsync(db, active.Select(u => u.Id).ToList(), cancellationToken);
        var byName = StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true);
        return TypedResults.Ok(active
            .OrderBy(u => u.DisplayName, byName).ThenBy(u => u.Id)
            .Select(u => new StaffMemberResponse(u.Id, u.DisplayName, rolesOf(u.Id)))
            .ToList());
    }
}
