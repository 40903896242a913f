using System.Diagnostics;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Benchmarks;

/// <summary>Times the store stages of each burst into <see cref="StageTimings"/>; everything else passes through.</summary>
internal sealed class TimedInstanceStore(IInstanceStore inner, StageTimings timings) : IInstanceStore
{
    public Task<WorkflowInstance?> LoadAsync(Guid instanceId, CancellationToken cancellationToken = default) => inner.LoadAsync(instanceId, cancellationToken);

    public async Task<IInstanceSession?> OpenAsync(Guid instanceId, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        var allocated = StageTimings.AllocatedNow();
        var started = Stopwatch.GetTimestamp();
        var session = await inner.OpenAsync(instanceId, idempotencyKey, cancellationToken);
        timings.AddOpen(started, allocated);
        return session is null ? null : new Session(session, timings);
    }

    public async Task<CommitOutcome> CommitAsync(BurstResult burst, IdempotencyRecord? idempotency, CancellationToken cancellationToken = default)
    {
        var allocated = StageTimings.AllocatedNow();
        var started = Stopwatch.GetTimestamp();
        var outcome = await inner.CommitAsync(burst, idempotency, cancellationToken);
        timings.AddCommit(started, allocated);
        return outcome;
    }

    public Task<ResumeResult?> FindIdempotentResultAsync(string idempotencyKey, CancellationToken cancellationToken = default) =>
        inner.FindIdempotentResultAsync(idempotencyKey, cancellationToken);

    public Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string key, CancellationToken cancellationToken = default) =>
        inner.FindBookmarksAsync(key, cancellationToken);

    private sealed class Session(IInstanceSession inner, StageTimings timings) : IInstanceSession
    {
        public WorkflowInstance Instance => inner.Instance;

        public async Task<ResumeResult?> FindIdempotentResultAsync(string idempotencyKey, CancellationToken cancellationToken = default)
        {
            var started = Stopwatch.GetTimestamp();
            var result = await inner.FindIdempotentResultAsync(idempotencyKey, cancellationToken);
            timings.AddIdempotency(started);
            return result;
        }

        public async Task<CommitOutcome> CommitAsync(BurstResult burst, IdempotencyRecord? idempotency, CancellationToken cancellationToken = default)
        {
            var allocated = StageTimings.AllocatedNow();
            var started = Stopwatch.GetTimestamp();
            var outcome = await inner.CommitAsync(burst, idempotency, cancellationToken);
            timings.AddCommit(started, allocated);
            return outcome;
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
