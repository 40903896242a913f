using Astra.Workflows.Activities;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Engine.Validation;
using Astra.Workflows.Host.Features.Instances;
using Astra.Workflows.Persistence.Calendar;
using Astra.Workflows.Persistence.Definitions;
using Astra.Workflows.Persistence.Instances;

namespace Astra.Workflows.Host.Startup;

internal static class EngineSetup
{
    /// <summary>The engine as singletons (its caches are per process); the stores behind its ports are PostgreSQL.</summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseOrganisationClosures>();
        services.AddSingleton<IOrganisationClosures>(sp => sp.GetRequiredService<DatabaseOrganisationClosures>());
        services.AddSingleton<IWorkingDayCalendar, WorkingDayCalendar>();
        services.AddSingleton(_ => BuiltInActivities.CreateRegistry([new Astra.Workflows.Activities.Tasks.HumanTaskActivity(), new Astra.Workflows.Activities.Legal.LegalDeadlineActivity()]));
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
        return services;
    }
}
