using Astra.Workflows.Modules.Tasks.Escalations;
using Astra.Workflows.Modules.Notifications.Outbox;
using Astra.Workflows.Modules.Notifications.Api;
using Astra.Workflows.Modules.Tasks.Notices;
using Astra.Workflows.Modules.Tasks.Api;
using Astra.Workflows.Modules.Definitions.InstanceStorage;
using Astra.Workflows.Modules.Platform.Bursts;
using Astra.Workflows.Modules.Tasks.Storage;

namespace Astra.Workflows.Modules.Tasks;

internal static class TaskSetup
{
    public static IServiceCollection AddWorkflowTasks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TaskOptions>().Bind(configuration.GetSection(TaskOptions.Section));
        // Links in e-mails use the one public URL the whole host is configured with.
        var notifications = configuration.GetSection("Astra:Notifications").Get<NotificationOptions>() ?? new NotificationOptions();
        if (configuration["Astra:PublicUrl"] is { Length: > 0 } publicUrl)
        {
            notifications = notifications with { PublicUrl = publicUrl };
        }

        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(notifications));
        services.AddSingleton<ISideEffectHandler, HumanTaskCreatedHandler>();
        services.AddSingleton<ISideEffectHandler, HumanTaskCompletedHandler>();
        services.AddSingleton<IBurstTransactionStep, TaskClosingStep>();
        services.AddSingleton<Engine.Simulation.ISimulationHook, Activities.TaskSimulation>();
        services.AddSingleton<TaskNotifier>();
        services.AddSingleton<IBurstTransactionStep, AssignedAtCreationStep>();
        services.AddSingleton<EscalationDispatcher>();
        services.AddTransient<EscalationJob>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddTransient<OutboxMailJob>();
        if (configuration.GetValue("Astra:Timers:Enabled", true))
        {
            services.AddHostedService<TaskDispatchService>();
        }

        return services;
    }

    public static RouteGroupBuilder MapWorkflowTasks(this RouteGroupBuilder api) =>
        api.MapTaskEndpoints().MapNotificationEndpoints();
}
