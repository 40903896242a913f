using Astra.Workflows.Modules.Definitions.InstanceStorage;
using Astra.Workflows.Modules.Platform.Bursts;

namespace Astra.Workflows.Modules.Definitions.Timers;

internal static class TimerSetup
{
    public static IServiceCollection AddWorkflowTimers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TimerOptions>().Bind(configuration.GetSection(TimerOptions.Section));
        services.AddSingleton<TimerDispatcher>();
        services.AddTransient<TimerJob>();
        services.AddSingleton<StartRequestProcessor>();
        services.AddSingleton<IAfterBurstCommit>(sp => sp.GetRequiredService<StartRequestProcessor>());
        if (configuration.GetValue("Astra:Timers:Enabled", true))
        {
            services.AddHostedService<TimerDispatchService>();
        }

        return services;
    }
}
