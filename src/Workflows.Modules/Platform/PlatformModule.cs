using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Hangfire;
using Astra.Workflows.Modules.Platform.Idempotency;
using Microsoft.AspNetCore.Authorization;

namespace Astra.Workflows.Modules.Platform;

/// <summary>What every module uses: the shared DbContext, request idempotency, Hangfire, the audit trail.</summary>
public static class PlatformModule
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, string connectionString, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddWorkflowsPersistence(connectionString);
        services.AddSealedRecordRotations();
        services.AddIdempotentRequests();
        services.AddWorkflowsHangfire(connectionString);
        // In-process notifications between modules (ADR 0023); handlers are singletons, published one after another.
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Singleton;
            options.NotificationPublisherType = typeof(global::Mediator.ForeachAwaitPublisher);
        });
        services.AddSingleton(Links.PublicUrl.FromConfiguration(configuration));
        services.AddSingleton(AuditAnchorStore.FromConfiguration(configuration, environment));
        services.AddSingleton<AuditAnchorWriter>();
        services.AddTransient<AuditAnchorJob>();
        services.AddHostedService<AuditAnchorSchedule>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditDeniedHandler>();
        // Every `/api` route needs a signed-in user, and a Reporting-only user only reaches what is open to reporting.
        services.AddSingleton<IAuthorizationHandler, Identity.ReportingConfinementHandler>();
        services.AddAuthorizationBuilder().SetDefaultPolicy(Identity.ReportingConfinement.DefaultPolicy);
        return services;
    }

    public static IEndpointRouteBuilder MapPlatform(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapAuditEndpoints();
        return app;
    }
}
