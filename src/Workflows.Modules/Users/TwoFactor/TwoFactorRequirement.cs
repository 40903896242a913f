using Astra.Workflows.Modules.Users.Accounts;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Users.TwoFactor;

/// <summary>
/// Every role here sees case data, so every account needs an authenticator. Until a user has enrolled,
/// the API answers 403 everywhere except signing in, enrolling (<c>/api/auth/manage/2fa</c>) and <c>/api/me</c>.
/// </summary>
internal sealed class TwoFactorRequirement(RequestDelegate next, IConfiguration configuration)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (Required(configuration)
            && context.User.Identity?.IsAuthenticated == true
            && path.StartsWithSegments("/api")
            && !path.StartsWithSegments("/api/auth")
            && !path.StartsWithSegments("/api/me")
            && ActiveUserCheck.Of(context) is { TwoFactorEnabled: false })
        {
            await ApiProblems.Of(
                StatusCodes.Status403Forbidden,
                "Two-factor sign-in required",
                "Set up an authenticator app through /api/auth/manage/2fa before using the service.").ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    public static bool Required(IConfiguration configuration) => configuration.GetValue("Astra:Security:RequireTwoFactor", true);
}
