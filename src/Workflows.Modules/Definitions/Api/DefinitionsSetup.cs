using Astra.Workflows.Modules.Definitions.ActivityTypes;
using Astra.Workflows.Modules.Definitions.Storage;

namespace Astra.Workflows.Modules.Definitions.Api;

internal static class DefinitionsSetup
{
    /// <summary>Store, import (run as a hosted service at start-up) and the policy for who may change definitions.</summary>
    public static IServiceCollection AddWorkflowDefinitions(this IServiceCollection services)
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

    /// <summary>The definition API and the activity palette the designer draws from.</summary>
    public static RouteGroupBuilder MapDefinitionEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/definitions").WithTags("Definitions")
            .MapListDefinitions()
            .MapGetDefinition()
            .MapGetDefinitionVersion()
            .MapListDefinitionVersions()
            .MapSaveDraft()
            .MapPublishDefinition()
            .MapValidateDefinition()
            .MapSimulateDefinition();
        api.MapActivityTypes();
        return api;
    }
}
