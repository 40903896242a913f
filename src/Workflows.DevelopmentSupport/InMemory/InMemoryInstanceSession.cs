using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.DevelopmentSupport.InMemory;

/// <summary>The in-memory twin of a database session: holds the instance's lock from open to commit or disposal.</summary>
internal sealed class InMemoryInstanceSession(InMemoryInstanceStore store, WorkflowInstance instance, SemaphoreSlim held) : IInstanceSession
{
    private int released;

    public WorkflowInstance Instance { get; } = instance;

    public Task<ResumeResult?> FindIdempotentResultAsync(string idempotencyKey, CancellationToken cancellationToken = default) =>
        store.FindIdempotentResultAsync(idempotencyKey, cancellationToken);

    public Task<CommitOutcome> CommitAsync(BurstResult burst, IdempotencyRecord? idempotency, CancellationToken cancellationToken = default) =>
        store.CommitAsync(burst, idempotency, cancellationToken);

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
        {
            held.Release();
        }

        return ValueTask.CompletedTask;
    }
}
