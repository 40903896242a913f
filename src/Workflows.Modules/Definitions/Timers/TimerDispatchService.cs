using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Definitions.Timers;

/// <summary>Each node's loop: dispatch due timers, and sweep hand-offs left undone.</summary>
internal sealed partial class TimerDispatchService(
    TimerDispatcher dispatcher,
    StartRequestProcessor startRequests,
    TimeProvider time,
    IOptions<TimerOptions> options,
    ILogger<TimerDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch means more are due: go again at once instead of waiting for the next tick.
                while (await dispatcher.DispatchDueAsync(stoppingToken) >= options.Value.BatchSize)
                {
                }

                await startRequests.SweepAsync(options.Value.StartRequestGrace, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPassFailed(logger, e);
            }

            try
            {
                await Task.Delay(options.Value.DispatchInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer dispatch pass failed; retrying on the next tick")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
