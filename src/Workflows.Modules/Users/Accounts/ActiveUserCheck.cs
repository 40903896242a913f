using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Users.Accounts;

/// <summary>What the request pipeline knows of the signed-in account, fresh within <see cref="ActiveUserCheck.CacheTime"/>.</summary>
internal sealed record ActiveUser(string SecurityStamp, bool TwoFactorEnabled);

/// <summary>
/// Tokens and cookies outlive what they were issued for: a disabled user, a role change, a sign-out, a new
/// password or second factor must end them. Each authenticated request's security stamp is compared with the
/// stored one (cached briefly; the node that made the change forgets it at once), and a session past its absolute
/// lifetime (<see cref="Auth.SessionPolicy"/>) is refused too: both are answered 401.
/// </summary>
internal sealed class ActiveUserCheck(RequestDelegate next, IMemoryCache cache, IOptions<IdentityOptions> identity, Auth.SessionPolicy sessions, TimeProvider time)
{
    public static readonly TimeSpan CacheTime = TimeSpan.FromSeconds(10);

    public static string CacheKey(Guid userId) => $"active-user:{userId:D}";

    public static ActiveUser? Of(HttpContext context) => context.Items[typeof(ActiveUser)] as ActiveUser;

    public async Task InvokeAsync(HttpContext context, UserManager<AppUser> users)
    {
        var principal = context.User;
        if (principal.Identity?.IsAuthenticated == true && CurrentUser.From(principal).KnownId is { } userId)
        {
            var tokenStamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
            var current = cache.Get<ActiveUser>(CacheKey(userId));
            if (current is null || current.SecurityStamp != tokenStamp)
            {
                // A newer token than the cached stamp (just enrolled, just re-signed-in) must not wait for expiry.
                current = await LoadAsync(users, userId);
                if (current is not null)
                {
                    cache.Set(CacheKey(userId), current, CacheTime);
                }
            }

            if (current is null || current.SecurityStamp != tokenStamp || sessions.HasExpired(principal, time.GetUtcNow()))
            {
                // The browser drops a dead cookie; signing in again must not be blocked by the one it replaces.
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                if (!context.Request.Path.StartsWithSegments("/api/auth"))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return;
                }

                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
            else
            {
                context.Items[typeof(ActiveUser)] = current;
            }
        }

        await next(context);
    }

    private static async Task<ActiveUser?> LoadAsync(UserManager<AppUser> users, Guid userId)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user is null || await users.IsLockedOutAsync(user) || user.SecurityStamp is null
            ? null
            : new ActiveUser(user.SecurityStamp, user.TwoFactorEnabled);
    }
}
