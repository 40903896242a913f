namespace Astra.Workflows.Engine.Runtime;

/// <summary>
/// Everything one burst changed. The host commits all of it in one transaction, conditional on the stored
/// instance still having <see cref="ExpectedVersion"/> (0 = insert).
/// </summary>
public sealed record BurstResult
{
    public required BurstKind Kind { get; init; }
    public required WorkflowInstance Instance { get; init; }
    public required long ExpectedVersion { get; init; }
    public IReadOnlyList<Bookmark> BookmarksCreated { get; init; } = [];

    /// <summary>Bookmarks removed by this burst (resumed, or dropped by cancel / a join in any mode). Delete their timers too.</summary>
    public IReadOnlyList<string> BookmarksConsumed { get; init; } = [];
    public IReadOnlyList<TimerRequest> Timers { get; init; } = [];
    public IReadOnlyList<JournalEntry> Journal { get; init; } = [];
    public IReadOnlyList<Incident> Incidents { get; init; } = [];

    /// <summary>What activities asked for beyond the instance (hand-offs, modules' rows), in the order they asked; see <see cref="ActivitySideEffect"/>.</summary>
    public IReadOnlyList<ActivitySideEffect> SideEffects { get; init; } = [];
}
