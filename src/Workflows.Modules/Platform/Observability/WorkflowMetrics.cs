using System.Diagnostics.Metrics;

namespace Astra.Workflows.Modules.Platform.Observability;

/// <summary>
/// The engine's own counters and histograms (ADR 0046). Static, like the runtime's meters: the places that count are
/// deep in jobs and stores, and a static instrument costs nothing until a listener (the host's OpenTelemetry) subscribes.
/// No instrument carries a tag with client data, case codes or user names: only fixed words.
/// </summary>
public static class WorkflowMetrics
{
    public const string MeterName = "astra.workflows";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Committed = Meter.CreateCounter<long>(
        "astra.bursts.committed", "{burst}", "Bursts written to the database (one transaction each).");

    private static readonly Counter<long> Conflicts = Meter.CreateCounter<long>(
        "astra.bursts.conflicts", "{burst}", "Bursts not written because another burst changed the instance first (run again).");

    private static readonly Counter<long> Vetoed = Meter.CreateCounter<long>(
        "astra.bursts.vetoed", "{burst}", "Bursts a module refused (nothing written, not retried).");

    // Seconds from 50 ms to an hour: the scheduler ticks every second, so healthy lag sits in the lowest buckets and
    // a node that was down for a while shows in the top ones.
    private static readonly Histogram<double> TimerLag = Meter.CreateHistogram(
        "astra.timers.lag", "s", "Time from a workflow timer's due time to the moment it fired.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600] });

    public static void BurstCommitted() => Committed.Add(1);

    public static void BurstConflicted() => Conflicts.Add(1);

    public static void BurstVetoed() => Vetoed.Add(1);

    /// <summary>A timer fired <paramref name="lag"/> after it fell due (an early clock reads as zero).</summary>
    public static void TimerFired(TimeSpan lag) => TimerLag.Record(Math.Max(0, lag.TotalSeconds));
}
