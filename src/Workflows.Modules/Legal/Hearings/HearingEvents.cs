using System.Globalization;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Legal.Storage;

namespace Astra.Workflows.Modules.Legal.Hearings;

/// <summary>
/// Tells the case's waiting workflows (<c>event.wait</c>) about a hearing, after the change committed. The key names the
/// hearing revision, so a retried request resumes nobody twice. The payload carries ids, time and kind only; <c>date</c>
/// is the hearing's day in Belgrade (yyyy-MM-dd), which the court-proceedings workflow plans its preparation from.
/// </summary>
public sealed partial class HearingEvents(InstanceCoordinator coordinator, ILogger<HearingEvents> logger)
{
    public const string Scheduled = "HearingScheduled";
    public const string Rescheduled = "HearingRescheduled";
    public const string Cancelled = "HearingCancelled";

    public async Task RaiseAsync(string name, HearingEntity hearing, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hearing);
        var payload = JsonSerializer.SerializeToElement(
            new
            {
                hearingId = hearing.Id,
                proceedingId = hearing.ProceedingId,
                startsAt = hearing.StartsAt,
                date = DateOnly.FromDateTime(OrganisationTime.ToLocal(hearing.StartsAt).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                kind = hearing.Kind,
                status = hearing.Status,
            },
            JsonSerializerOptions.Web);
        try
        {
            await coordinator.RaiseEventAsync(name, hearing.CaseId, payload, $"{name}:{hearing.Id:N}:{hearing.Revision}", actor, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The hearing is saved either way; a workflow that missed it is visible as still waiting.
            LogRaiseFailed(logger, name, hearing.Id, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Raising {EventName} for hearing {HearingId} failed")]
    private static partial void LogRaiseFailed(ILogger logger, string eventName, Guid hearingId, Exception exception);
}
