using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Modules.Tasks.Escalations;
using Astra.Workflows.Modules.Tasks.Notices;
using Astra.Workflows.Modules.Tasks.Api;
using Astra.Workflows.Modules.Platform.Bursts;
using Astra.Workflows.Modules.Tasks.Storage;
using Astra.Workflows.Modules.Tasks.Contracts;
using Astra.Workflows.Modules.Platform.Scheduling;

namespace Astra.Workflows.Modules.Tasks;

/// <summary>Human tasks: the activity, their rows written in the burst, escalations, notices and the task API.</summary>
public static class TasksModule
{
    public static IServiceCollection AddTasks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TaskOptions>().Bind(configuration.GetSection(TaskOptions.Section));
        services.AddSingleton<IActivity, HumanTaskActivity>();
        services.AddSingleton<ISideEffectHandler, HumanTaskCreatedHandler>();
        services.AddSingleton<ISideEffectHandler, HumanTaskCompletedHandler>();
        services.AddSingleton<TaskClosingStep>();
        services.AddSingleton<IBurstTransactionStep>(sp => sp.GetRequiredService<TaskClosingStep>());
        services.AddSingleton<IBurstStatementStep>(sp => sp.GetRequiredService<TaskClosingStep>());
        services.AddSingleton<Engine.Simulation.ISimulationHook, TaskSimulation>();
        services.AddSingleton<TaskNotifier>();
        services.AddSingleton<IBurstTransactionStep, AssignedAtCreationStep>();
        services.AddDueRowSource<EscalationDueRows, EscalationDispatcher>(configuration);
        services.AddTransient<EscalationJob>();
        services.AddScoped<ITaskReads, TaskReads>();
        services.AddScoped<Cases.Contracts.ICaseStorySource, Story.TaskStory>();

        return services;
    }

    public static IEndpointRouteBuilder MapTasks(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapTaskEndpoints();
        return app;
    }
}
