using Astra.Workflows.Activities;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Engine.Validation;
using Astra.Workflows.Modules.Definitions.Instances;
using Astra.Workflows.Modules.Calendar.Storage;
using Astra.Workflows.Modules.Definitions.Storage;
using Astra.Workflows.Modules.Definitions.InstanceStorage;
using Astra.Workflows.Modules.Platform.Bursts;

namespace Astra.Workflows.Host.Startup;

internal static class EngineSetup
{
    /// <summary>The engine as singletons (its caches are per process); the stores behind its ports are PostgreSQL.</summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseOrganisationClosures>();
        services.AddSingleton<IOrganisationClosures>(sp => sp.GetRequiredService<DatabaseOrganisationClosures>());
        services.AddSingleton<IWorkingDayCalendar, WorkingDayCalendar>();
        // Each module registers its own activity types as IActivity; the generic ones come from Workflows.Activities.
        services.AddSingleton<IActivity, Astra.Workflows.Modules.Tasks.Activities.HumanTaskActivity>();
        services.AddSingleton<IActivity, Astra.Workflows.Modules.Legal.Activities.LegalDeadlineActivity>();
        services.AddSingleton<IActivity, Astra.Workflows.Modules.Cases.Activities.SetCasePhaseActivity>();
        services.AddSingleton(sp => BuiltInActivities.CreateRegistry(sp.GetServices<IActivity>()));
        services.AddSingleton(new ExpressionOptions());
        services.AddSingleton<ExpressionService>();
        services.AddSingleton<DefinitionValidator>();
        services.AddSingleton(sp => new WorkflowRunner(
            sp.GetRequiredService<ActivityRegistry>(), sp.GetRequiredService<ExpressionService>(), sp.GetRequiredService<IWorkingDayCalendar>()));
        services.AddSingleton<IDefinitionProvider, PostgresDefinitionProvider>();
        services.AddSingleton<IInstanceStore, PostgresInstanceStore>();
        services.AddSingleton<ICaseDataSource, CaseDataSource>();
        services.AddSingleton<InstanceCoordinator>();
        services.AddSingleton<IBurstTransactionStep, InstanceStartAudit>();
        services.AddSideEffectHandlers();
        services.AddSingleton<ISideEffectHandler, StartRequestHandler>();
        services.AddSingleton<ISideEffectHandler, Astra.Workflows.Modules.Cases.Storage.CasePhaseChangeHandler>();
        services.AddSingleton<Engine.Simulation.ISimulationHook, Astra.Workflows.Modules.Cases.Activities.CasePhaseSimulation>();
        return services;
    }
}
