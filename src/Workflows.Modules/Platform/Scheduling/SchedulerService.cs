using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Platform.Scheduling;

/// <summary>
/// Each node's one scheduler loop. Every source and sweep runs on its own cadence (a source catching up after downtime
/// holds up no other), through the same code: dispatch until a pass claims less than a batch, wait a tick, again.
/// </summary>
internal sealed partial class SchedulerService(
    DueRowScheduler scheduler,
    IEnumerable<IDueRowSource> sources,
    IEnumerable<IScheduledSweep> sweeps,
    TimeProvider time,
    IOptions<SchedulerOptions> options,
    ILogger<SchedulerService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return Task.CompletedTask;
        }

        var work = sources.Select(source => LoopAsync(source.GetType().Name, async ct =>
            {
                // A full batch means more are due: go again at once instead of waiting for the next tick.
                while (await scheduler.DispatchAsync(source, ct) >= options.Value.Batch)
                {
                }
            }, stoppingToken))
            .Concat(sweeps.Select(sweep => LoopAsync(sweep.GetType().Name, sweep.SweepAsync, stoppingToken)));
        return Task.WhenAll(work);
    }

    private async Task LoopAsync(string name, Func<CancellationToken, Task> pass, CancellationToken stoppingToken)
    {
        // Off the host's start-up path: the first pass runs once the host is up.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pass(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPassFailed(logger, name, e);
            }

            try
            {
                await Task.Delay(options.Value.Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduler pass of {Source} failed; retrying on the next tick")]
    private static partial void LogPassFailed(ILogger logger, string source, Exception exception);
}
