using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Modules.Tasks.Escalations;
using Astra.Workflows.Modules.Tasks.Notices;
using Astra.Workflows.Modules.Tasks.Api;
using Astra.Workflows.Modules.Definitions.InstanceStorage;
using Astra.Workflows.Modules.Platform.Bursts;
using Astra.Workflows.Modules.Tasks.Storage;

namespace Astra.Workflows.Modules.Tasks;

/// <summary>Human tasks: the activity, their rows written in the burst, escalations, notices and the task API.</summary>
public static class TasksModule
{
    public static IServiceCollection AddTasks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TaskOptions>().Bind(configuration.GetSection(TaskOptions.Section));
        services.AddSingleton<IActivity, HumanTaskActivity>();
        services.AddSingleton<ISideEffectWriter, HumanTaskCreatedWriter>();
        services.AddSingleton<TaskClosingStep>();
        services.AddSingleton<ISideEffectWriter>(sp => sp.GetRequiredService<TaskClosingStep>());
        services.AddSingleton<IBurstTransactionStep>(sp => sp.GetRequiredService<TaskClosingStep>());
        services.AddSingleton<TaskNotifier>();
        services.AddSingleton<IBurstTransactionStep, AssignedAtCreationStep>();
        services.AddSingleton<EscalationDispatcher>();
        services.AddTransient<EscalationJob>();
        if (configuration.GetValue("Astra:Timers:Enabled", true))
        {
            services.AddHostedService<TaskDispatchService>();
        }

        return services;
    }

    public static IEndpointRouteBuilder MapTasks(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapTaskEndpoints();
        return app;
    }
}
