using Astra.Workflows.Modules.Users.TwoFactor;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Modules.Users.Auth;

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
                // Lockout is how accounts are disabled (LockoutEnd far in the future); failed sign-ins only
                // delay further attempts (SignInThrottle), so no attacker can lock anyone out.
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = int.MaxValue;
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<WorkflowsDbContext>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddReplayProtectedAuthenticator();
        // Sealed authenticator keys and hashed recovery codes (replaces the plain store registered above).
        services.AddScoped<IUserStore<AppUser>, ProtectedUserStore>();
        services.AddSingleton<DummyPassword>();
        services.AddSingleton(sp => SessionPolicy.From(sp.GetRequiredService<IConfiguration>()));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<SessionPolicy>((o, session) =>
        {
            o.ExpireTimeSpan = session.IdleTimeout;
            o.SlidingExpiration = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
        });
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme).Configure<SessionPolicy>((o, session) =>
        {
            // A bearer token cannot slide: its holder must come back (refresh) within the idle time.
            o.BearerTokenExpiration = session.IdleTimeout;
            o.RefreshTokenExpiration = session.IdleTimeout;
        });
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            // ActiveUserCheck compares the stamp on every request; this renewal only has to keep the session's start.
            o.OnRefreshingPrincipal = context =>
            {
                var carried = context.CurrentPrincipal?.Claims.Where(c => c.Type is SessionPolicy.StartedClaim or "amr").ToList() ?? [];
                if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                {
                    foreach (var claim in carried)
                    {
                        identity.AddClaim(new System.Security.Claims.Claim(claim.Type, claim.Value));
                    }
                }

                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder()
            // Anything not marked otherwise needs a signed-in user: forgetting an attribute must not open data.
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }
}
