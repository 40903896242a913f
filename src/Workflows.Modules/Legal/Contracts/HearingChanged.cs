using Mediator;

namespace Astra.Workflows.Modules.Legal.Contracts;

/// <summary>
/// Published by Legal after a hearing's change committed (scheduled, moved, cancelled). <see cref="EventName"/> is one
/// of <see cref="LegalEvents"/>' hearing names; <see cref="Revision"/> makes each change distinct, so whoever turns it
/// into something idempotent (Definitions raises it to the case's waiting workflows) can key on it.
/// </summary>
public sealed record HearingChanged(
    string EventName,
    Guid HearingId,
    Guid ProceedingId,
    Guid CaseId,
    DateTimeOffset StartsAt,
    string Kind,
    string Status,
    int Revision,
    string Actor) : INotification;
