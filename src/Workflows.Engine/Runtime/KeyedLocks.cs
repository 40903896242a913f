using System.Collections.Concurrent;

namespace Astra.Workflows.Engine.Runtime;

/// <summary>
/// One holder per key inside this process; the others queue in memory, holding no database connection, for at
/// most the wait they give. Entries live only while someone holds or waits for the key, so a stream of distinct
/// keys does not grow the table. Used for instances (<see cref="InstanceGate"/>) and for idempotency keys.
/// </summary>
public sealed class KeyedLocks<TKey>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> entries = new(comparer);

    /// <summary>
    /// The lease, or null when <paramref name="wait"/> passed with the key still held. With <paramref name="whileMoving"/>
    /// the wait is how long the queue may stand still: each time a holder hands the key on, the wait starts again, so a
    /// long queue that moves is served however long it is, and only a stuck holder makes its waiters give up.
    /// </summary>
    public async Task<IDisposable?> TryEnterAsync(TKey key, TimeSpan wait, CancellationToken cancellationToken, bool whileMoving = false)
    {
        Entry entry;
        while (true)
        {
            entry = entries.GetOrAdd(key, _ => new Entry());
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
            while (true)
            {
                var handedOn = Volatile.Read(ref entry.HandedOn);
                entered = await entry.Semaphore.WaitAsync(wait, cancellationToken);
                if (entered || !whileMoving || Volatile.Read(ref entry.HandedOn) == handedOn)
                {
                    break;
                }
            }
        }
        catch
        {
            Leave(key, entry, release: false);
            throw;
        }

        if (!entered)
        {
            Leave(key, entry, release: false);
            return null;
        }

        return new Lease(this, key, entry);
    }

    private void Leave(TKey key, Entry entry, bool release)
    {
        if (release)
        {
            Interlocked.Increment(ref entry.HandedOn);
            entry.Semaphore.Release();
        }

        lock (entry)
        {
            entry.Users--;
            if (entry.Users == 0)
            {
                entry.Users = -1;
                entries.TryRemove(new KeyValuePair<TKey, Entry>(key, entry));
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }

        /// <summary>How many times a holder released the key: the queue's progress.</summary>
#pragma warning disable SA1401, CA1051 // A field, for Interlocked.
        public long HandedOn;
#pragma warning restore SA1401, CA1051
    }

    private sealed class Lease(KeyedLocks<TKey> owner, TKey key, Entry entry) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Leave(key, entry, release: true);
            }
        }
    }
}
