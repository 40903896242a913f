namespace Astra.Workflows.Modules.Platform.Observability;

public static class ObservabilitySetup
{
    /// <summary>The backlog gauges and Platform's own counter (due rows); modules add theirs as <see cref="IBacklogCounter"/>.</summary>
    public static IServiceCollection AddBacklogGauges(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<HangfireBacklog>();
        services.AddSingleton<IBacklogCounter, DueRowBacklog>();
        services.AddSingleton<BacklogGauges>();
        return services;
    }
}
