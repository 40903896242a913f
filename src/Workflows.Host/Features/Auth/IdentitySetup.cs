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
                // OWASP ASVS: length over composition; passphrases of any characters are welcome.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
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
