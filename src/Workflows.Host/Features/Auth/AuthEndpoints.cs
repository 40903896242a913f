using Astra.Workflows.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Astra.Workflows.Host.Features.Auth;

internal static class AuthEndpoints
{
    /// <summary>
    /// Identity's endpoints under <c>/api/auth</c>: login returns a bearer token, or a cookie with
    /// <c>?useCookies=true</c>. Accounts are created by administrators, never by self-registration.
    /// </summary>
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");
        auth.MapSignOutEndpoint();
        var identity = auth.MapIdentityApi<AppUser>();
        // The fallback policy demands a signed-in user everywhere; signing in itself cannot.
        // Identity's /manage endpoints keep their own authorization requirement.
        identity.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder route && route.RoutePattern.RawText?.Contains("/manage", StringComparison.Ordinal) != true)
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }
        });
        identity.RequireRateLimiting(Startup.SecuritySetup.SignInPolicy);
        identity.AddEndpointFilter(async (context, next) =>
                context.HttpContext.Request.Path.Value?.EndsWith("/register", StringComparison.OrdinalIgnoreCase) == true
                    ? TypedResults.NotFound()
                    : await next(context));
        return app;
    }
}
