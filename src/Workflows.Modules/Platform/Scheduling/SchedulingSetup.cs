using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Astra.Workflows.Modules.Platform.Scheduling;

public static class SchedulingSetup
{
    /// <summary>Adds a module's due rows to the one scheduler (which this registers on first use) and its dispatcher handle.</summary>
    public static IServiceCollection AddDueRowSource<TSource, TDispatcher>(this IServiceCollection services, IConfiguration configuration)
        where TSource : class, IDueRowSource
        where TDispatcher : ModuleDispatcher<TSource>
    {
        services.AddScheduler(configuration);
        services.AddSingleton<TSource>();
        services.AddSingleton<IDueRowSource>(sp => sp.GetRequiredService<TSource>());
        services.AddSingleton<TDispatcher>();
        return services;
    }

    /// <summary>Adds work the loop carries out itself on each tick.</summary>
    public static IServiceCollection AddScheduledSweep<TSweep>(this IServiceCollection services, IConfiguration configuration)
        where TSweep : class, IScheduledSweep
    {
        services.AddScheduler(configuration);
        services.AddSingleton<IScheduledSweep>(sp => sp.GetRequiredService<TSweep>());
        return services;
    }

    private static void AddScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(DueRowScheduler)))
        {
            return;
        }

        services.AddOptions<SchedulerOptions>()
            .Bind(configuration.GetSection(SchedulerOptions.Section))
            .Validate(o => o.Interval > TimeSpan.Zero, "Astra:Scheduler:Interval must be positive.")
            .Validate(o => o.Batch is >= 1 and <= 10_000, "Astra:Scheduler:Batch must be 1..10000.")
            .Validate(o => o.Lease > TimeSpan.Zero && o.JobLease >= o.Lease, "Astra:Scheduler:Lease must be positive and JobLease no shorter.")
            .Validate(o => o.Heartbeat > TimeSpan.Zero && o.Lease >= 2 * o.Heartbeat, "Astra:Scheduler:Heartbeat must be positive and at most half the Lease.")
            .Validate(o => o.EnqueueParallelism is >= 1 and <= 64, "Astra:Scheduler:EnqueueParallelism must be 1..64.")
            .Validate(o => o.TimersPerJob is >= 1 and <= 200, "Astra:Scheduler:TimersPerJob must be 1..200.")
            .Validate(o => o.HandOffGrace >= TimeSpan.Zero, "Astra:Scheduler:HandOffGrace must not be negative.")
            .ValidateOnStart();
        services.TryAddSingleton<DueRowScheduler>();
        services.TryAddSingleton<SchedulerNode>();
        services.AddHostedService<SchedulerService>();
        services.AddHostedService<NodeHeartbeatService>();
    }
}
