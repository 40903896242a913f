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

    public async Task<IInstanceSession?> OpenAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        await inner.OpenAsync(instanceId, cancellationToken) is { } session ? new CountingSession(session) : null;

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
