using Astra.Workflows.Engine;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Observability;

namespace Astra.Workflows.Host.Startup.Observability;

/// <summary>
/// Counts burst commits, conflicts and vetoes around whatever <see cref="IInstanceStore"/> the modules registered: the
/// store's outcome is the one place a burst's fate is known, and counting outside it leaves the write path alone.
/// </summary>
internal sealed class CountingInstanceStore(IInstanceStore inner) : IInstanceStore
{
    public Task<WorkflowInstance?> LoadAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        inner.LoadAsync(instanceId, cancellationToken);

    public async Task<IInstanceSession?> OpenAsync(Guid instanceId, string? idempotencyKey, CancellationToken cancellationToken = default) =>
        await inner.OpenAsync(instanceId, idempotencyKey, cancellationToken) is { } session ? new CountingSession(session) : null;

    public async Task<CommitOutcome> CommitAsync(BurstResult burst, IdempotencyRecord? idempotency, CancellationToken cancellationToken = default) =>
        Count(await inner.CommitAsync(burst, idempotency, cancellationToken));

    public Task<ResumeResult?> FindIdempotentResultAsync(string idempotencyKey, CancellationToken cancellationToken = default) =>
        inner.FindIdempotentResultAsync(idempotencyKey, cancellationToken);

    public Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string key, CancellationToken cancellationToken = default) =>
        inner.FindBookmarksAsync(key, cancellationToken);

    internal static CommitOutcome Count(CommitOutcome outcome)
    {
        switch (outcome)
        {
            case CommitOutcome.Committed:
                WorkflowMetrics.BurstCommitted();
                break;
            case CommitOutcome.Conflict:
                WorkflowMetrics.BurstConflicted();
                break;
            case CommitOutcome.Vetoed:
                WorkflowMetrics.BurstVetoed();
                break;
            case CommitOutcome.Stale:
                // A start that ran on a version published meanwhile: nothing was written and the engine runs it again,
                // so it is neither a commit nor a conflict between bursts.
                break;
        }

        return outcome;
    }

    private sealed class CountingSession(IInstanceSession inner) : IInstanceSession
    {
        public WorkflowInstance Instance => inner.Instance;

        public Task<ResumeResult?> FindIdempotentResultAsync(string idempotencyKey, CancellationToken cancellationToken = default) =>
            inner.FindIdempotentResultAsync(idempotencyKey, cancellationToken);

        public async Task<CommitOutcome> CommitAsync(BurstResult burst, IdempotencyRecord? idempotency, CancellationToken cancellationToken = default) =>
            Count(await inner.CommitAsync(burst, idempotency, cancellationToken));

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
