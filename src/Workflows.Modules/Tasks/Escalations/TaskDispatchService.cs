using Astra.Workflows.Modules.Notifications.Outbox;
using Astra.Workflows.Modules.Definitions.Timers;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Tasks.Escalations;

/// <summary>Each node's loop for task work: dispatch due escalations and due outbox e-mails.</summary>
internal sealed partial class TaskDispatchService(
    EscalationDispatcher escalations,
    OutboxDispatcher outbox,
    TimeProvider time,
    IOptions<TimerOptions> options,
    ILogger<TaskDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await escalations.DispatchDueAsync(stoppingToken) >= options.Value.BatchSize)
                {
                }

                await outbox.DispatchDueAsync(stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Escalation/outbox dispatch pass failed; retrying on the next tick")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
