using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Users.TwoFactor;

namespace Astra.Workflows.Modules.Users.Auth;

internal static class AuthEndpoints
{
    /// <summary>
    /// Signing in and managing one's own account under <c>/api/auth</c>: login returns a bearer token, or a
    /// session cookie with <c>?useCookies=true</c>. Identity's ready-made endpoints are not used: they remember
    /// devices, reveal lockouts, show the authenticator seed to any session and cannot keep a session's start.
    /// Accounts are created by administrators, never by self-registration.
    /// </summary>
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");
        auth.MapSignOutEndpoint();
        auth.MapGroup(string.Empty)
            .RequireRateLimiting(SignInRateLimit.Policy)
            .MapLoginEndpoint()
            .MapRefreshEndpoint();
        auth.MapGroup("/manage")
            .RequireAuthorization()
            .AllowReporting()
            .RequireRateLimiting(SignInRateLimit.Policy)
            .MapManageTwoFactor()
            .MapChangePassword();
        return app;
    }
}
