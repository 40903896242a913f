using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Users.Accounts;

internal static class ListUsers
{
    public static RouteGroupBuilder MapListUsers(this RouteGroupBuilder users)
    {
        users.MapGet("/", HandleAsync).WithName("ListUsers")
            .WithSummary("List user accounts")
            .WithDescription("Every user account with its roles, whether it is disabled and whether it uses two-factor sign-in.");
        return users;
    }

    private static async Task<Ok<List<UserView>>> HandleAsync(UserManager<AppUser> users, TimeProvider time, CancellationToken cancellationToken)
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var views = new List<UserView>(all.Count);
        foreach (var user in all)
        {
            views.Add(await UserViews.ToViewAsync(users, user, time.GetUtcNow()));
        }

        return TypedResults.Ok(views);
    }
}
