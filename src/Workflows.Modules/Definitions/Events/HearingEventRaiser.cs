using System.Globalization;
using System.Text.Json;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Legal.Contracts;
using Mediator;

namespace Astra.Workflows.Modules.Definitions.Events;

/// <summary>
/// Raises a hearing's change to the case's waiting workflows (<c>event.wait</c>). The key names the hearing revision,
/// so a retried request resumes nobody twice. The payload carries ids, time and kind only; <c>date</c> is the
/// hearing's day in Belgrade (yyyy-MM-dd), which the court-proceedings workflow plans its preparation from.
/// </summary>
internal sealed partial class HearingEventRaiser(InstanceCoordinator coordinator, ILogger<HearingEventRaiser> logger)
    : INotificationHandler<HearingChanged>
{
    public async ValueTask Handle(HearingChanged notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var payload = JsonSerializer.SerializeToElement(
            new
            {
                hearingId = notification.HearingId,
                proceedingId = notification.ProceedingId,
                startsAt = notification.StartsAt,
                date = DateOnly.FromDateTime(OrganisationTime.ToLocal(notification.StartsAt).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                kind = notification.Kind,
                status = notification.Status,
            },
            JsonSerializerOptions.Web);
        var name = notification.EventName;
        try
        {
            await coordinator.RaiseEventAsync(name, notification.CaseId, payload, $"{name}:{notification.HearingId:N}:{notification.Revision}", notification.Actor, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The hearing is saved either way; a workflow that missed it is visible as still waiting.
            LogRaiseFailed(logger, name, notification.HearingId, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Raising {EventName} for hearing {HearingId} failed")]
    private static partial void LogRaiseFailed(ILogger logger, string eventName, Guid hearingId, Exception exception);
}
