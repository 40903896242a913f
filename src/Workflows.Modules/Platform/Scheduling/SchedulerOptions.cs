namespace Astra.Workflows.Modules.Platform.Scheduling;

/// <summary>The one scheduler's settings (<c>Astra:Scheduler</c>), shared by every module's due rows (ADR 0024).</summary>
public sealed record SchedulerOptions
{
    public const string Section = "Astra:Scheduler";

    /// <summary>Whether this node runs the loop; a node with it off still runs Hangfire jobs other nodes dispatch.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>How often each node looks for due rows; also the worst-case delay before one is handed to Hangfire.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>At most this many due rows of one source are claimed per pass, so catching up after downtime is a stream, not a flood.</summary>
    public int Batch { get; init; } = 200;

    /// <summary>
    /// How long a claim holds its rows until their jobs are in Hangfire: rows claimed by a node that died (or lost the
    /// database) before enqueueing them are claimed again after this long. The node that enqueues them extends the hold to <see cref="JobLease"/>.
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a row whose job is in Hangfire is held: a job that never settled its row by then (lost, failed for good)
    /// is dispatched again. Outbox claims, whose lease is also their job's token, are held this long from the start.
    /// </summary>
    public TimeSpan JobLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How many jobs of one claimed batch are handed to Hangfire at once.</summary>
    public int EnqueueParallelism { get; init; } = 8;

    /// <summary>Hand-offs (<c>workflow.start</c>) not carried out right after their commit are retried after this long.</summary>
    public TimeSpan HandOffGrace { get; init; } = TimeSpan.FromSeconds(30);
}
