using Astra.Workflows.Modules.Users.Accounts;
using Astra.Workflows.Modules.Users.Auth;
using Astra.Workflows.Modules.Users.TwoFactor;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Hangfire;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Modules.Users;

/// <summary>Users: accounts, sign-in, sessions and two-factor, and the middleware that checks them per request.</summary>
public static class UsersModule
{
    public static IServiceCollection AddUsers(this IServiceCollection services)
    {
        services.AddIdentity();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CookieAntiforgery.HeaderName;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    /// <summary>Between authentication and authorisation: disabled users, the two-factor requirement, antiforgery.</summary>
    public static WebApplication UseUsers(this WebApplication app)
    {
        app.UseMiddleware<ActiveUserCheck>();
        if (!TwoFactorRequirement.Required(app.Configuration) && app.Environment.IsProduction())
        {
            throw new InvalidOperationException("Astra:Security:RequireTwoFactor=false is refused in Production: every role sees case data.");
        }

        app.UseMiddleware<TwoFactorRequirement>();
        app.UseMiddleware<CookieAntiforgery>();
        return app;
    }

    /// <summary>Hangfire's dashboard, for whom <see cref="AdminOnlyDashboardFilter"/> lets in.</summary>
    public static WebApplication UseWorkflowsHangfireDashboard(this WebApplication app)
    {
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminOnlyDashboardFilter()],
            DisplayStorageConnectionString = false,
            AppPath = "/",
        });
        return app;
    }

    /// <summary>Sign-in under <c>/api/auth</c> (outside the authorised group), the signed-in user and the user admin API.</summary>
    public static IEndpointRouteBuilder MapUsers(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        app.MapAuthEndpoints();
        api.MapMeEndpoint();
        api.MapAntiforgeryEndpoint();
        api.MapGroup("/admin/users").WithTags("Admin")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .MapListUsers()
            .MapCreateUser()
            .MapChangeUser();
        api.MapListStaff();
        return app;
    }

    private static void AddIdentity(this IServiceCollection services)
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
            .AddTokenProvider<ReplayProtectedAuthenticatorTokenProvider>(ReplayProtectedAuthenticatorTokenProvider.Name);
        services.Configure<IdentityOptions>(o => o.Tokens.AuthenticatorTokenProvider = ReplayProtectedAuthenticatorTokenProvider.Name);
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
    }
}
