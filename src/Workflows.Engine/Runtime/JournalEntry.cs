namespace Astra.Workflows.Engine.Runtime;

/// <summary>One line of the instance's history, for the case timeline and audits.</summary>
public sealed record JournalEntry(
    Guid InstanceId,
    long Sequence,
    DateTimeOffset At,
    JournalEntryKind Kind,
    string? ActivityId,
    string? ActivityType,
    string Actor,
    string? Outcome = null,
    string? Message = null);
