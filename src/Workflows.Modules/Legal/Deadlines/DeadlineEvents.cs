using System.Text.Json;
using Astra.Workflows.Modules.Legal.Activities;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Legal.Storage;

namespace Astra.Workflows.Modules.Legal.Deadlines;

/// <summary>Resumes <c>legal.deadline</c> activities waiting for a deadline, after the change that met or missed it committed.</summary>
public sealed partial class DeadlineEvents(InstanceCoordinator coordinator, ILogger<DeadlineEvents> logger)
{
    public async Task RaiseAsync(LegalDeadlineEntity deadline, string outcome, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var name = LegalDeadlineActivity.EventName(deadline.Id);
        var payload = JsonSerializer.SerializeToElement(new { deadlineId = deadline.Id, outcome, dueOn = deadline.DueOn }, JsonSerializerOptions.Web);
        try
        {
            // One outcome per deadline, so the key needs nothing but the name.
            await coordinator.RaiseEventAsync(name, deadline.CaseId, payload, name, actor, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRaiseFailed(logger, deadline.Id, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Raising the outcome of deadline {DeadlineId} failed")]
    private static partial void LogRaiseFailed(ILogger logger, Guid deadlineId, Exception exception);
}
