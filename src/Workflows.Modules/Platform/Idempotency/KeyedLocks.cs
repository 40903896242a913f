using System.Collections.Concurrent;

namespace Astra.Workflows.Modules.Platform.Idempotency;

/// <summary>
/// Repeats of one key on this node queue here, in memory and without a database connection, behind the
/// request that holds the key; only repeats from other nodes poll the stored claim.
/// </summary>
internal sealed class KeyedLocks
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The lease, or null when <paramref name="wait"/> passed with the key still held.</summary>
    public async Task<IDisposable?> TryEnterAsync(string key, TimeSpan wait, CancellationToken cancellationToken)
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

    private void Leave(string key, Entry entry, bool release)
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
                entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Lease(KeyedLocks owner, string key, Entry entry) : IDisposable
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
