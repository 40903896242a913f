namespace Astra.Workflows.Modules.Definitions.Contracts;

/// <summary>An instance run for a case; <see cref="Name"/> is its workflow's name in the reader's language.</summary>
public sealed record InstanceOfCase(Guid Id, string DefinitionId, int Version, string Status, DateTimeOffset CreatedAt, string Name);

/// <summary>One journal entry of an instance; <see cref="ActivityName"/> is the activity's name in the reader's language, if it has one.</summary>
public sealed record JournalLine(DateTimeOffset At, Guid InstanceId, string Kind, string? ActivityId, string? ActivityType, string Actor, string? Outcome, string? ActivityName = null);

/// <summary>
/// What other modules may read of instances and their journal. Reads go through the request's context, so its
/// need-to-know filter applies as it does to the caller's own queries.
/// </summary>
public interface IInstanceReads
{
    /// <summary>The case's instances, oldest first.</summary>
    Task<List<InstanceOfCase>> OfCaseAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>The newest <paramref name="take"/> journal entries of these instances together, newest first.</summary>
    Task<List<JournalLine>> NewestJournalAsync(IReadOnlyCollection<Guid> instanceIds, int take, CancellationToken cancellationToken);
}
