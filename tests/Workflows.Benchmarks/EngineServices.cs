using Astra.Workflows.Modules.Cases.Activities;
using Astra.Workflows.Activities;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Definitions.Storage;
using Astra.Workflows.Modules.Definitions.InstanceStorage;
using Astra.Workflows.Modules.Platform.Bursts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Astra.Workflows.Benchmarks;

/// <summary>
/// The engine wired as the host wires it (src/Workflows.Modules/Definitions/DefinitionsModule.cs), minus ASP.NET Core and
/// Hangfire: no after-commit steps and no case data source, so a burst is the engine plus its PostgreSQL store.
/// </summary>
internal static class EngineServices
{
    public static ServiceProvider Build(string connectionString, StageTimings? stages = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddWorkflowsPersistence(connectionString);
        services.AddSingleton<IWorkingDayCalendar>(new WorkingDayCalendar());
        services.AddSingleton(_ => new ActivityRegistry([.. BuiltInActivities.Create(), new SetCasePhaseActivity()]));
        services.AddSingleton(sp => new ExpressionService(new ExpressionOptions(), sp.GetRequiredService<IWorkingDayCalendar>()));
        services.AddSingleton(sp => new WorkflowRunner(
            sp.GetRequiredService<ActivityRegistry>(), sp.GetRequiredService<ExpressionService>(), sp.GetRequiredService<IWorkingDayCalendar>()));
        services.AddSingleton<IDefinitionProvider, PostgresDefinitionProvider>();
        // The side effects every burst may carry, handled as the modules register them (the registry refuses a gap).
        services.AddSingleton<SideEffectHandlers>();
        services.AddSingleton<ISideEffectHandler, StartRequestHandler>();
        services.AddSingleton<ISideEffectHandler, Astra.Workflows.Modules.Cases.Storage.CasePhaseChangeHandler>();
        services.AddSingleton<ISideEffectHandler, Astra.Workflows.Modules.Tasks.Storage.HumanTaskCreatedHandler>();
        services.AddSingleton<ISideEffectHandler, Astra.Workflows.Modules.Tasks.Storage.HumanTaskCompletedHandler>();
        services.AddSingleton<PostgresInstanceStore>();
        services.AddSingleton<IInstanceStore>(sp => stages is null
            ? sp.GetRequiredService<PostgresInstanceStore>()
            : new TimedInstanceStore(sp.GetRequiredService<PostgresInstanceStore>(), stages));
        services.AddSingleton(sp => new InstanceCoordinator(
            sp.GetRequiredService<WorkflowRunner>(), sp.GetRequiredService<IDefinitionProvider>(),
            sp.GetRequiredService<IInstanceStore>(), sp.GetRequiredService<TimeProvider>()));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
