using Astra.Workflows.Modules.Users.Contracts;
using System.Security.Claims;
using System.Text.Json;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Users.Auth;

public sealed record PreferencesRequest(string? Language);

/// <summary>The signed-in user's own preferences; today the UI language.</summary>
internal static class PutPreferences
{
    public static RouteGroupBuilder MapPutPreferences(this RouteGroupBuilder api)
    {
        // The body is read as JSON rather than bound to the record, so a wrong type ({"language": 5}) is a 400 naming the field too.
        api.MapPut("/me/preferences", HandleAsync).Accepts<PreferencesRequest>("application/json")
            .WithTags("Auth").WithName("PutMyPreferences").AllowReporting()
            .WithSummary("Save my preferences")
            .WithDescription("Saves the signed-in user's preferences; today the UI language (`en`, `sr-Latn` or `sr-Cyrl`).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult, ProblemHttpResult>> HandleAsync(
        JsonElement body, ClaimsPrincipal principal, UserManager<AppUser> users)
    {
        var language = body.ValueKind == JsonValueKind.Object
            && body.TryGetProperty("language", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (language is null || UserLanguages.Supported(language) is null)
        {
            return ApiProblems.Invalid(new Dictionary<string, string[]>
            {
                ["language"] = [$"Use one of: {string.Join(", ", UserLanguages.All)}."],
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
            : ApiProblems.Conflict("The preference could not be saved; try again.");
    }
}
