using Astra.Workflows.Host.Features.TwoFactor;
using Astra.Workflows.Persistence;
using Astra.Workflows.Persistence.Identity;

namespace Astra.Workflows.Host.Features.Auth;

internal static class IdentitySetup
{
    public static IServiceCollection AddWorkflowsIdentity(this IServiceCollection services)
    {
        services.AddIdentityApiEndpoints<AppUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<WorkflowsDbContext>()
            .AddReplayProtectedAuthenticator();
        services.AddAuthorizationBuilder()
            // Anything not marked otherwise needs a signed-in user: forgetting an attribute must not open data.
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
