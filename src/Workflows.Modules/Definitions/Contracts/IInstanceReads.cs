namespace Astra.Workflows.Modules.Definitions.Contracts;

/// <summary>An instance run for a case.</summary>
public sealed record InstanceOfCase(Guid Id, string DefinitionId, int Version, string Status, DateTimeOffset CreatedAt);

/// <summary>One journal entry of an instance.</summary>
public sealed record JournalLine(DateTimeOffset At, Guid InstanceId, string Kind, string? ActivityId, string? ActivityType, string Actor, string? Outcome);

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
