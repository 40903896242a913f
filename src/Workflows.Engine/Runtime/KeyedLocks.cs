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

    /// <summary>The lease, or null when <paramref name="wait"/> passed with the key still held.</summary>
    public async Task<IDisposable?> TryEnterAsync(TKey key, TimeSpan wait, CancellationToken cancellationToken)
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
            entered = await entry.Semaphore.WaitAsync(wait, cancellationToken);
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
