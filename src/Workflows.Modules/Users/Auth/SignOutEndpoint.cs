using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Users.Accounts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace Astra.Workflows.Modules.Users.Auth;

internal static class SignOutEndpoint
{
    /// <summary>
    /// Identity's API has no sign-out. Dropping the cookie is not enough (a copy of it would still work), so the
    /// account's security stamp is renewed: every cookie, bearer and refresh token issued before stops working.
    /// </summary>
    public static RouteGroupBuilder MapSignOutEndpoint(this RouteGroupBuilder auth)
    {
        auth.MapPost("/logout", async (HttpContext http, SignInManager<AppUser> signIn, IMemoryCache cache, WorkflowsDbContext db, TimeProvider time) =>
            {
                var user = await signIn.UserManager.GetUserAsync(http.User);
                if (user is not null)
                {
                    await EndSessionsAsync(signIn.UserManager, cache, user);
                    await AuthAudit.AppendAsync(db, http, time, AuditActions.SignOut, user.Id, user.Id, AuditOutcomes.Ok);
                }

                await signIn.SignOutAsync();
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .WithName("SignOut")
            .WithSummary("Sign out everywhere")
            .WithDescription("Ends the session: the account's security stamp is renewed, so every cookie, bearer and refresh token issued before stops working, on every device. Without a session it simply answers 204.");
        return auth;
    }

    /// <summary>Ends every session of the account at once, on this node; other nodes within <see cref="ActiveUserCheck.CacheTime"/>.</summary>
    public static async Task EndSessionsAsync(UserManager<AppUser> users, IMemoryCache cache, AppUser user)
    {
        await users.UpdateSecurityStampAsync(user);
        cache.Remove(ActiveUserCheck.CacheKey(user.Id));
    }
}
