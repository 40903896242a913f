using Astra.Workflows.Activities;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Engine.Validation;
using Astra.Workflows.Modules.Definitions.ActivityTypes;
using Astra.Workflows.Modules.Definitions.Api;
using Astra.Workflows.Modules.Definitions.Events;
using Astra.Workflows.Modules.Definitions.InstanceStorage;
using Astra.Workflows.Modules.Definitions.Instances;
using Astra.Workflows.Modules.Definitions.Storage;
using Astra.Workflows.Modules.Definitions.Timers;
using Astra.Workflows.Modules.Platform.Bursts;

namespace Astra.Workflows.Modules.Definitions;

/// <summary>
/// Definitions and instances: the engine wired to its PostgreSQL stores, timers and start requests, the definition
/// store and import, and the definition, instance and event API. Activity types come from every module as
/// <see cref="IActivity"/>; the generic ones from Workflows.Activities.
/// </summary>
public static class DefinitionsModule
{
    public static IServiceCollection AddDefinitions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkflowEngine();
        services.AddExpressionLimits(configuration);
        services.AddWorkflowTimers(configuration);
        services.AddWorkflowDefinitions();
        services.AddScoped<Contracts.IInstanceReads, InstanceReads>();
        services.AddScoped<Contracts.IWorkflowStarter, WorkflowStarter>();
        return services;
    }

    public static IEndpointRouteBuilder MapDefinitions(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapInstanceEndpoints();
        api.MapEventEndpoints();
        api.MapGroup("/definitions").WithTags("Definitions")
            .MapListDefinitions()
            .MapListStartableDefinitions()
            .MapGetDefinition()
            .MapGetDefinitionVersion()
            .MapListDefinitionVersions()
            .MapSaveDraft()
            .MapPublishDefinition()
            .MapValidateDefinition()
            .MapSimulateDefinition();
        // The activity palette the designer draws from.
        api.MapActivityTypes();
        return app;
    }

    /// <summary>The engine as singletons (its caches are per process); the stores behind its ports are PostgreSQL.</summary>
    private static IServiceCollection AddWorkflowEngine(this IServiceCollection services)
    {
        services.AddSingleton(sp => BuiltInActivities.CreateRegistry(sp.GetServices<IActivity>()));
        // Every module registers a handler per side-effect record; the registry refuses a record type without one.
        services.AddSideEffectHandlers();
        services.AddSingleton<ISideEffectHandler, StartRequestHandler>();
        services.AddSingleton<ExpressionService>();
        services.AddSingleton<DefinitionValidator>();
        services.AddSingleton(sp => new WorkflowRunner(
            sp.GetRequiredService<ActivityRegistry>(), sp.GetRequiredService<ExpressionService>(), sp.GetRequiredService<IWorkingDayCalendar>()));
        services.AddSingleton<IDefinitionProvider, PostgresDefinitionProvider>();
        services.AddSingleton<IInstanceStore, PostgresInstanceStore>();
        services.AddSingleton<ICaseDataSource, CaseDataSource>();
        services.AddSingleton<InstanceCoordinator>();
        services.AddSingleton<IBurstTransactionStep, InstanceStartAudit>();
        return services;
    }

    /// <summary>Store, import (run as a hosted service at start-up) and the policy for who may change definitions.</summary>
    private static IServiceCollection AddWorkflowDefinitions(this IServiceCollection services)
    {
        services.AddSingleton<DefinitionStore>();
        services.AddSingleton<ImportConflicts>();
        services.AddSingleton<DefinitionImporter>();
        services.AddSingleton<Engine.Simulation.WorkflowSimulator>();
        services.AddHostedService<DefinitionImportService>();
        services.AddAuthorizationBuilder()
            .AddPolicy(DefinitionAuthors.Policy, DefinitionAuthors.Configure);
        return services;
    }
}
