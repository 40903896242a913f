using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Cases.Clients;
using Astra.Workflows.Modules.Cases.Consent;
using Microsoft.AspNetCore.Authorization;

namespace Astra.Workflows.Host.Security;

internal static class PrivacySetup
{
    /// <summary>Loads the master key now, so a host without one fails at start rather than at the first client.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(MasterKeyLoader.Load(configuration, environment));
        services.AddSingleton(AuditKeyLoader.Load(configuration, environment));
        services.AddSingleton(AuditAnchorStore.FromConfiguration(configuration, environment));
        services.AddSingleton<AuditAnchorWriter>();
        services.AddTransient<AuditAnchorJob>();
        services.AddHostedService<AuditAnchorSchedule>();
        services.AddScoped<IConsentChecker, ConsentChecker>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditDeniedHandler>();
        return services;
    }

    public static RouteGroupBuilder MapPrivacyEndpoints(this RouteGroupBuilder api)
    {
        api.MapClientEndpoints();
        api.MapConsentEndpoints();
        api.MapAuditEndpoints();
        return api;
    }
}
