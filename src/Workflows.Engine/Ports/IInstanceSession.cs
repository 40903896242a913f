using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Engine.Ports;

/// <summary>
/// One burst's hold on one instance: opened with the instance read under its row lock, closed by
/// <see cref="CommitAsync"/> or by disposal (which gives everything back unchanged). Reads and writes of the
/// burst happen in this one transaction, so a burst costs exactly one commit.
/// </summary>
public interface IInstanceSession : IAsyncDisposable
{
    WorkflowInstance Instance { get; }

    /// <summary>The answer first given for an idempotency key, read inside the session.</summary>
    Task<ResumeResult?> FindIdempotentResultAsync(string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>Writes the burst and commits; <see cref="CommitOutcome.Conflict"/> and <see cref="CommitOutcome.Vetoed"/> write nothing. Call at most once.</summary>
    Task<CommitOutcome> CommitAsync(BurstResult burst, IdempotencyRecord? idempotency, CancellationToken cancellationToken = default);
}
