using System.Security.Claims;
using Astra.Workflows.Persistence.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Host.Features.Auth;

public sealed record MeResponse(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles);

internal static class MeEndpoint
{
    public static RouteGroupBuilder MapMeEndpoint(this RouteGroupBuilder api)
    {
        api.MapGet("/me", GetAsync).WithTags("Auth").WithName("GetMe");
        return api;
    }

    private static async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> GetAsync(
        ClaimsPrincipal principal, UserManager<AppUser> users)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new MeResponse(user.Id, user.Email ?? string.Empty, user.DisplayName, roles.Order(StringComparer.Ordinal).ToList()));
    }
}
