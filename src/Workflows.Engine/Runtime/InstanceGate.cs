using System.Collections.Concurrent;

namespace Astra.Workflows.Engine.Runtime;

/// <summary>
/// Serialises bursts of one instance inside this process, holding no connection while they queue. Between
/// processes the store's row lock and version check decide (ADR 0021); the gate keeps a crowd of local resumes
/// (200 tasks completed at once) from each taking a connection to poll that lock, and bounds how long they queue.
/// </summary>
internal sealed class InstanceGate
{
    private readonly ConcurrentDictionary<Guid, Entry> entries = new();

    /// <summary>
    /// How long a burst queues here before its caller is told the instance is busy: the queue holds no
    /// connection, but a client should hear "retry later" rather than wait without end.
    /// </summary>
    public static readonly TimeSpan QueueBound = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(1);

    public async Task<IDisposable> EnterAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        Entry entry;
        while (true)
        {
            entry = entries.GetOrAdd(instanceId, _ => new Entry());
            lock (entry)
            {
                // An entry being removed cannot be joined; take a fresh one.
                if (entry.Users >= 0)
                {
                    entry.Users++;
                    break;
                }
            }
        }

        bool entered;
        try
        {
            entered = await entry.Semaphore.WaitAsync(QueueBound, cancellationToken);
        }
        catch
        {
            Leave(instanceId, entry, released: false);
            throw;
        }

        if (!entered)
        {
            Leave(instanceId, entry, released: false);
            throw new Ports.InstanceBusyException(instanceId, BusyRetryAfter);
        }

        return new Lease(this, instanceId, entry);
    }

    private void Leave(Guid instanceId, Entry entry, bool released)
    {
        if (released)
        {
            entry.Semaphore.Release();
        }

        lock (entry)
        {
            entry.Users--;
            if (entry.Users == 0)
            {
                entry.Users = -1;
                entries.TryRemove(new KeyValuePair<Guid, Entry>(instanceId, entry));
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Lease(InstanceGate gate, Guid instanceId, Entry entry) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                gate.Leave(instanceId, entry, released: true);
            }
        }
    }
}
