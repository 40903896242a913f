using System.Diagnostics.Metrics;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Platform.Observability;

/// <summary>
/// Work waiting, as observable gauges: due rows not yet fired, the outbox, Hangfire's queues (ADR 0046). The counts are
/// read when a scrape asks and then kept for <see cref="MaxAge"/>, so however often (or by however many scrapers) the
/// endpoint is read, the database answers a handful of counts per node every few seconds at most.
/// </summary>
public sealed partial class BacklogGauges : IDisposable
{
    public const string MeterName = "astra.backlog";
    public const string DueRowsWaiting = "astra.due_rows.waiting";
    public const string OutboxPending = "astra.outbox.pending";
    public const string OutboxDead = "astra.outbox.dead";
    public const string HangfireQueueLength = "astra.hangfire.queue.length";
    public const string HangfireFailed = "astra.hangfire.jobs.failed";

    /// <summary>How long one reading of the counts is reported before the next scrape reads them again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    // A scrape waits this long for a fresh reading; a slower database gets the reading reported on a later scrape.
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private readonly IDbContextFactory<WorkflowsDbContext> contexts;
    private readonly IEnumerable<IBacklogCounter> counters;
    private readonly HangfireBacklog hangfire;
    private readonly TimeProvider time;
    private readonly ILogger<BacklogGauges> logger;
    private readonly Meter meter;
    private readonly Lock gate = new();
    private IReadOnlyList<BacklogCount> last = [];
    private long? readAt;
    private Task? reading;

    public BacklogGauges(
        IDbContextFactory<WorkflowsDbContext> contexts,
        IEnumerable<IBacklogCounter> counters,
        HangfireBacklog hangfire,
        IMeterFactory meters,
        TimeProvider time,
        ILogger<BacklogGauges> logger)
    {
        (this.contexts, this.counters, this.hangfire, this.time, this.logger) = (contexts, counters, hangfire, time, logger);
        meter = meters.Create(MeterName);
        meter.CreateObservableGauge(DueRowsWaiting, () => Measure(DueRowsWaiting, "table"), "{row}", "Due timers, escalations, legal alerts and referral timers not fired yet, per table.");
        meter.CreateObservableGauge(OutboxPending, () => Measure(OutboxPending, null), "{message}", "Outbox e-mails not sent yet (including ones waiting for a retry).");
        meter.CreateObservableGauge(OutboxDead, () => Measure(OutboxDead, null), "{message}", "Outbox e-mails given up after their attempts (dead letters).");
        meter.CreateObservableGauge(HangfireQueueLength, () => Measure(HangfireQueueLength, "queue"), "{job}", "Hangfire jobs enqueued and not yet fetched, per queue.");
        meter.CreateObservableGauge(HangfireFailed, () => Measure(HangfireFailed, null), "{job}", "Hangfire jobs failed after their retries.");
    }

    public void Dispose() => meter.Dispose();

    /// <summary>The counts of the latest reading, reading again when it is older than <see cref="MaxAge"/>.</summary>
    public IReadOnlyList<BacklogCount> Current()
    {
        Task pending;
        lock (gate)
        {
            if (readAt is { } at && time.GetElapsedTime(at) < MaxAge)
            {
                return last;
            }

            pending = reading ??= ReadAsync();
        }

        // Observable callbacks are synchronous; one scrape at a time waits, the others see the reading in flight.
        pending.Wait(Wait);
        return Volatile.Read(ref last);
    }

    private IEnumerable<Measurement<long>> Measure(string gauge, string? labelName) =>
        Current().Where(c => c.Gauge == gauge).Select(c => c.Label is null || labelName is null
            ? new Measurement<long>(c.Value)
            : new Measurement<long>(c.Value, new KeyValuePair<string, object?>(labelName, c.Label)));

    private async Task ReadAsync()
    {
        await Task.Yield();
        IReadOnlyList<BacklogCount> counts;
        try
        {
            using var timeout = new CancellationTokenSource(Wait);
            await using var db = await contexts.CreateDbContextAsync(timeout.Token);
            var now = time.GetUtcNow();
            var read = new List<BacklogCount>();
            foreach (var counter in counters)
            {
                read.AddRange(await counter.CountAsync(db, now, timeout.Token));
            }

            read.AddRange(hangfire.Count());
            counts = read;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // No reading is reported rather than an old one: a gauge that vanishes is noticed, a frozen one is not.
            LogReadFailed(logger, e.GetType().Name);
            counts = [];
        }

        lock (gate)
        {
            Volatile.Write(ref last, counts);
            readAt = time.GetTimestamp();
            reading = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the backlog gauges failed ({Error}); the next scrape after the cache age tries again")]
    private static partial void LogReadFailed(ILogger logger, string error);
}
