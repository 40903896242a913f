using Astra.Workflows.Modules.Legal.Contracts;
using Astra.Workflows.Modules.Legal.Storage;
using Mediator;

namespace Astra.Workflows.Modules.Legal.Hearings;

/// <summary>
/// Tells the other modules about a hearing after the change committed, as a <see cref="HearingChanged"/> notification;
/// Definitions raises it to the case's waiting workflows (<c>event.wait</c>). The hearing is saved either way.
/// </summary>
public sealed class HearingEvents(IPublisher publisher)
{
    public const string Scheduled = LegalEvents.HearingScheduled;
    public const string Rescheduled = LegalEvents.HearingRescheduled;
    public const string Cancelled = LegalEvents.HearingCancelled;

    public async Task RaiseAsync(string name, HearingEntity hearing, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hearing);
        await publisher.Publish(
            new HearingChanged(name, hearing.Id, hearing.ProceedingId, hearing.CaseId, hearing.StartsAt, hearing.Kind, hearing.Status, hearing.Revision, actor),
            cancellationToken);
    }
}
