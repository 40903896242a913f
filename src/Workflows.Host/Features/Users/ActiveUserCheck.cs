using System.Security.Claims;
using Astra.Workflows.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Host.Features.Users;

/// <summary>
/// Bearer tokens live for an hour; a disabled user or a role change must not. Each authenticated request's
/// security stamp is compared with the stored one (cached briefly), and a stale token is answered 401.
/// </summary>
internal sealed class ActiveUserCheck(RequestDelegate next, IMemoryCache cache, IOptions<IdentityOptions> identity)
{
    public static readonly TimeSpan CacheTime = TimeSpan.FromSeconds(30);

    public static string CacheKey(Guid userId) => $"stamp:{userId:D}";

    public async Task InvokeAsync(HttpContext context, UserManager<AppUser> users)
    {
        var principal = context.User;
        if (principal.Identity?.IsAuthenticated == true && principal.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            var stampType = identity.Value.ClaimsIdentity.SecurityStampClaimType;
            var tokenStamp = principal.FindFirstValue(stampType);
            var current = await cache.GetOrCreateAsync(CacheKey(Guid.Parse(userId)), async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = CacheTime;
                var user = await users.FindByIdAsync(userId);
                return user is null || await users.IsLockedOutAsync(user) ? null : user.SecurityStamp;
            });
            if (current is null || tokenStamp != current)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
        }

        await next(context);
    }
}
