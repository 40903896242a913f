using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.DevelopmentSupport.InMemory;

/// <summary>
/// An <see cref="IInstanceStore"/> with the same contract as the database one: a commit is all-or-nothing
/// under one lock and checks the expected version. Also keeps the tables a burst writes, for assertions.
/// </summary>
public sealed class InMemoryInstanceStore : IInstanceStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<Guid, WorkflowInstance> instances = [];
    private readonly Dictionary<Guid, SemaphoreSlim> rowLocks = [];
    private readonly Dictionary<string, TimerRequest> timers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResumeResult> idempotencyResults = new(StringComparer.Ordinal);
    private readonly List<JournalEntry> journal = [];
    private readonly List<Incident> incidents = [];
    private readonly List<ActivitySideEffect> sideEffects = [];

    /// <summary>Simulates a crash between running a burst and committing it: the next commit throws and writes nothing.</summary>
    public bool FailNextCommit { get; set; }

    public int Commits { get; private set; }

    public Task<WorkflowInstance?> LoadAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(instances.GetValueOrDefault(instanceId));
        }
    }

    public Task<CommitOutcome> CommitAsync(BurstResult burst, IdempotencyRecord? idempotency, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(burst);
        lock (gate)
        {
            if (FailNextCommit)
            {
                FailNextCommit = false;
                throw new InvalidOperationException("Injected failure before commit.");
            }

            var current = instances.GetValueOrDefault(burst.Instance.Id);
            if ((current?.Version ?? 0) != burst.ExpectedVersion || (current is null && burst.ExpectedVersion != 0))
            {
                return Task.FromResult(CommitOutcome.Conflict);
            }

            if (idempotency is not null && !idempotencyResults.TryAdd(idempotency.Key, idempotency.Result))
            {
                return Task.FromResult(CommitOutcome.Conflict);
            }

            instances[burst.Instance.Id] = burst.Instance;
            foreach (var consumed in burst.BookmarksConsumed)
            {
                timers.Remove(consumed);
            }

            foreach (var timer in burst.Timers)
            {
                timers[timer.BookmarkId] = timer;
            }

            journal.AddRange(burst.Journal);
            incidents.AddRange(burst.Incidents);
            sideEffects.AddRange(burst.SideEffects);
            Commits++;
            return Task.FromResult(CommitOutcome.Committed);
        }
    }

    // The key's answer is looked up in memory when asked; there is no round trip to save.
    public async Task<IInstanceSession?> OpenAsync(Guid instanceId, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        SemaphoreSlim row;
        lock (gate)
        {
            if (!instances.ContainsKey(instanceId))
            {
                return null;
            }

            row = rowLocks.GetValueOrDefault(instanceId) ?? (rowLocks[instanceId] = new SemaphoreSlim(1, 1));
        }

        await row.WaitAsync(cancellationToken);
        lock (gate)
        {
            return new InMemoryInstanceSession(this, instances[instanceId], row);
        }
    }

    public Task<ResumeResult?> FindIdempotentResultAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(idempotencyResults.GetValueOrDefault(idempotencyKey));
        }
    }

    public Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<Bookmark> found = instances.Values.SelectMany(i => i.Bookmarks).Where(b => b.Key == key).ToList();
            return Task.FromResult(found);
        }
    }

    public IReadOnlyList<TimerRequest> DueTimers(DateTimeOffset now)
    {
        lock (gate)
        {
            return timers.Values.Where(t => t.DueAt <= now).OrderBy(t => t.DueAt).ToList();
        }
    }

    public IReadOnlyList<TimerRequest> Timers { get { lock (gate) { return [.. timers.Values]; } } }
    public IReadOnlyList<JournalEntry> Journal { get { lock (gate) { return [.. journal]; } } }
    public IReadOnlyList<Incident> Incidents { get { lock (gate) { return [.. incidents]; } } }
    public IReadOnlyList<StartWorkflowRequest> StartRequests => Effects<StartWorkflowRequest>();
    public IReadOnlyList<ActivitySideEffect> SideEffects { get { lock (gate) { return [.. sideEffects]; } } }

    /// <summary>The committed side effects of one type (a module's records), in commit order.</summary>
    public IReadOnlyList<T> Effects<T>()
        where T : ActivitySideEffect
    {
        lock (gate)
        {
            return [.. sideEffects.OfType<T>()];
        }
    }
}
