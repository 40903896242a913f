using Astra.Workflows.Persistence.Identity;
using Hangfire.Dashboard;

namespace Astra.Workflows.Host.Adapters.Hangfire;

/// <summary>Job arguments carry ids only, yet the dashboard can retry and delete jobs: Admins only.</summary>
internal sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User.IsInRole(Roles.Admin);
}
