using Astra.Workflows.Modules.Tasks.Escalations;
using Astra.Workflows.Modules.Notifications.Api;
using Astra.Workflows.Modules.Tasks.Notices;
using Astra.Workflows.Modules.Tasks.Api;
using Astra.Workflows.Modules.Definitions.InstanceStorage;
using Astra.Workflows.Modules.Platform.Bursts;
using Astra.Workflows.Modules.Tasks.Storage;
using Astra.Workflows.Modules.Platform.Scheduling;

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
        services.AddSingleton<ISideEffectWriter, HumanTaskCreatedWriter>();
        services.AddSingleton<TaskClosingStep>();
        services.AddSingleton<ISideEffectWriter>(sp => sp.GetRequiredService<TaskClosingStep>());
        services.AddSingleton<IBurstTransactionStep>(sp => sp.GetRequiredService<TaskClosingStep>());
        services.AddSingleton<TaskNotifier>();
        services.AddSingleton<IBurstTransactionStep, AssignedAtCreationStep>();
        services.AddDueRowSource<EscalationDueRows, EscalationDispatcher>(configuration);
        services.AddTransient<EscalationJob>();

        return services;
    }

    public static RouteGroupBuilder MapWorkflowTasks(this RouteGroupBuilder api) =>
        api.MapTaskEndpoints().MapNotificationEndpoints();
}
