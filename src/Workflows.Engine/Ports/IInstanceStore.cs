using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Engine.Ports;

/// <summary>
/// Durable instance storage. <see cref="CommitAsync"/> writes a whole <see cref="BurstResult"/> in one
/// transaction (instance row, bookmarks, timers, journal, incidents, side effects through their modules' handlers,
/// and the idempotency record) and only when the stored row version equals <see cref="BurstResult.ExpectedVersion"/>.
/// </summary>
public interface IInstanceStore
{
    Task<WorkflowInstance?> LoadAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens the instance for one burst (see <see cref="IInstanceSession"/>); null when it does not exist. When
    /// <paramref name="idempotencyKey"/> is given, the store may read its earlier answer with the instance (one round
    /// trip), under the same lock; <see cref="IInstanceSession.FindIdempotentResultAsync"/> then answers from that read.
    /// </summary>
    Task<IInstanceSession?> OpenAsync(Guid instanceId, string? idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>Commits the burst; <see cref="CommitOutcome.Conflict"/> when another burst got there first, <see cref="CommitOutcome.Vetoed"/> when a module refused it, <see cref="CommitOutcome.Stale"/> when a start ran on a version no longer the newest published (nothing written in any of these).</summary>
    Task<CommitOutcome> CommitAsync(BurstResult burst, IdempotencyRecord? idempotency, CancellationToken cancellationToken = default);

    /// <summary>The answer first given for an idempotency key, if that resume committed.</summary>
    Task<ResumeResult?> FindIdempotentResultAsync(string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>Live bookmarks with the given lookup key (e.g. an event name + case), across instances.</summary>
    Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string key, CancellationToken cancellationToken = default);
}
