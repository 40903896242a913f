using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Antiforgery;

namespace Astra.Workflows.Modules.Users.Auth;

public sealed record AntiforgeryTokenResponse(string HeaderName, string Token);

internal static class AntiforgeryEndpoint
{
    public static RouteGroupBuilder MapAntiforgeryEndpoint(this RouteGroupBuilder api)
    {
        api.MapGet("/auth/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                return TypedResults.Ok(new AntiforgeryTokenResponse(CookieAntiforgery.HeaderName, tokens.RequestToken!));
            })
            .WithTags("Auth")
            .AllowReporting()
            .WithName("GetAntiforgeryToken")
            .WithSummary("Get an antiforgery token")
            .WithDescription("The token that writes signed in by the session cookie send in the `X-XSRF-TOKEN` header. Bearer-token clients do not need it.");
        return api;
    }
}
