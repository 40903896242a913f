namespace Astra.Workflows.Engine.Runtime;

/// <summary>
/// Serialises bursts of one instance inside this process, holding no connection while they queue. Between
/// processes the store's row lock and version check decide (ADR 0021); the gate keeps a crowd of local resumes
/// (200 tasks completed at once) from each taking a connection to poll that lock, and bounds how long they queue.
/// </summary>
internal sealed class InstanceGate
{
    private readonly KeyedLocks<Guid> locks = new();

    /// <summary>
    /// How long the queue of one instance may stand still before a waiting burst's caller is told the instance is busy:
    /// the queue holds no connection, but a client should hear "retry later" rather than wait behind a stuck burst.
    /// While bursts complete, waiters stay queued however long the queue is (200 resumes of one instance on a loaded
    /// machine once took longer than a fixed 10 s bound in all, though the queue never stopped moving).
    /// </summary>
    public static readonly TimeSpan QueueBound = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(1);

    public async Task<IDisposable> EnterAsync(Guid instanceId, CancellationToken cancellationToken) =>
        await locks.TryEnterAsync(instanceId, QueueBound, cancellationToken, whileMoving: true)
        ?? throw new Ports.InstanceBusyException(instanceId, BusyRetryAfter);
}
