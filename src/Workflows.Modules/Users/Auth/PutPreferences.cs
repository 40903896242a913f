using Astra.Workflows.Modules.Users.Contracts;
using System.Security.Claims;
using System.Text.Json;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Modules.Users.Auth;

public sealed record PreferencesRequest(string? Language);

/// <summary>The signed-in user's own preferences; today the UI language.</summary>
internal static class PutPreferences
{
    public static RouteGroupBuilder MapPutPreferences(this RouteGroupBuilder api)
    {
        // The body is read as JSON rather than bound to the record, so a wrong type ({"language": 5}) is a 400 naming the field too.
        api.MapPut("/me/preferences", HandleAsync).Accepts<PreferencesRequest>("application/json")
            .WithTags("Auth").WithName("PutMyPreferences");
        return api;
    }

    private static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult, ProblemHttpResult>> HandleAsync(
        JsonElement body, ClaimsPrincipal principal, UserManager<AppUser> users)
    {
        var language = body.ValueKind == JsonValueKind.Object
            && body.TryGetProperty("language", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (language is null || !UserLanguage.Supported.Contains(language, StringComparer.Ordinal))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["language"] = [$"Use one of: {string.Join(", ", UserLanguage.Supported)}."],
            });
        }

        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        var result = await UserLanguage.SetAsync(users, user, language);
        return result.Succeeded
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: "The preference could not be saved; try again.");
    }
}
