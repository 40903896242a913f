using Microsoft.AspNetCore.Antiforgery;

namespace Astra.Workflows.Modules.Users.Auth;

public sealed record AntiforgeryTokenResponse(string HeaderName, string Token);

internal static class AntiforgeryEndpoint
{
    public static IServiceCollection AddCookieAntiforgery(this IServiceCollection services) =>
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CookieAntiforgery.HeaderName;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

    public static WebApplication UseCookieAntiforgery(this WebApplication app)
    {
        app.UseMiddleware<CookieAntiforgery>();
        return app;
    }

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
