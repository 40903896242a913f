using Astra.Workflows.Modules.Definitions.InstanceStorage;
using Astra.Workflows.Modules.Platform.Bursts;
using Astra.Workflows.Modules.Platform.Scheduling;

namespace Astra.Workflows.Modules.Definitions.Timers;

internal static class TimerSetup
{
    public static IServiceCollection AddWorkflowTimers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDueRowSource<TimerDueRows, TimerDispatcher>(configuration);
        services.AddTransient<TimerJob>();
        services.AddSingleton<StartRequestProcessor>();
        services.AddSingleton<IAfterBurstCommit>(sp => sp.GetRequiredService<StartRequestProcessor>());
        services.AddScheduledSweep<StartRequestProcessor>(configuration);
        return services;
    }
}
