using Astra.Workflows.Modules.Definitions.Timers;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Legal.Alerts;

/// <summary>Each node's loop for legal alerts; the e-mails they write leave through the task loop's outbox dispatch.</summary>
internal sealed partial class LegalAlertDispatchService(
    LegalAlertDispatcher alerts,
    TimeProvider time,
    IOptions<TimerOptions> options,
    ILogger<LegalAlertDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await alerts.DispatchDueAsync(stoppingToken) >= options.Value.BatchSize)
                {
                }
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Legal alert dispatch pass failed; retrying on the next tick")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
