using Microsoft.Extensions.Hosting;

namespace Astra.Workflows.Modules.Platform.Bursts;

public static class SideEffectSetup
{
    /// <summary>
    /// The side-effect handler registry, built while the host starts: a side-effect record with no handler (or two)
    /// stops the start rather than failing the first burst that records one.
    /// </summary>
    public static IServiceCollection AddSideEffectHandlers(this IServiceCollection services)
    {
        services.AddSingleton<SideEffectHandlers>();
        services.AddHostedService<SideEffectHandlerCheck>();
        return services;
    }

    // Taking the registry is the check: its constructor throws when a side-effect type is unhandled.
    private sealed class SideEffectHandlerCheck(SideEffectHandlers handlers) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            GC.KeepAlive(handlers);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
