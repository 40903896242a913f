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
            .WithName("GetAntiforgeryToken");
        return api;
    }
}
