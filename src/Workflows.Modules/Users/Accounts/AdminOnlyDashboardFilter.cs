using Astra.Workflows.Modules.Users.TwoFactor;
using Astra.Workflows.Modules.Platform.Identity;
using Hangfire.Dashboard;

namespace Astra.Workflows.Modules.Users.Accounts;

/// <summary>
/// Job arguments carry ids only, yet the dashboard can retry and delete jobs: Admins only, and (like the API)
/// only with an enabled authenticator when two-factor sign-in is required.
/// </summary>
internal sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (!http.User.IsInRole(Roles.Admin))
        {
            return false;
        }

        var configuration = http.RequestServices.GetRequiredService<IConfiguration>();
        return !TwoFactorRequirement.Required(configuration) || ActiveUserCheck.Of(http) is { TwoFactorEnabled: true };
    }
}
