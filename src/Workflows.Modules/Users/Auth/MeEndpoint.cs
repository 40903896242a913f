using Astra.Workflows.Modules.Users.Contracts;
using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Modules.Users.Auth;

/// <summary><paramref name="Language"/>: <c>en</c>, <c>sr-Latn</c> or <c>sr-Cyrl</c>; null until the user chooses.</summary>
public sealed record MeResponse(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string? Language);

internal static class MeEndpoint
{
    public static RouteGroupBuilder MapMeEndpoint(this RouteGroupBuilder api)
    {
        api.MapGet("/me", GetAsync).WithTags("Auth").WithName("GetMe").AllowReporting()
            .WithSummary("Who am I")
            .WithDescription("The signed-in user's id, e-mail, display name, roles and chosen UI language.");
        api.MapPutPreferences();
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
        var language = await UserLanguage.GetAsync(users, user);
        return TypedResults.Ok(new MeResponse(user.Id, user.Email ?? string.Empty, user.DisplayName, roles.Order(StringComparer.Ordinal).ToList(), language));
    }
}
