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
    /// How long a node's claims outlive its last heartbeat (ADR 0031): rows held by a node that was killed or lost the
    /// database — claimed and not yet enqueued, enqueued, or fetched by its Hangfire worker — are claimed again this long
    /// after its last beat. A live node's beats keep its rows however long their jobs wait or run.
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>How often each node renews the lease on every row it holds (one write per beat, not one per row).</summary>
    public TimeSpan Heartbeat { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The backstop for a live node's job that never settles its row (failed for good, deleted by an operator): such a
    /// row is dispatched again this long after its claim. Outbox claims also carry it as their next-attempt time.
    /// </summary>
    public TimeSpan JobLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Timers fired by one Hangfire job (ADR 0031): Hangfire's bookkeeping per job costs about as much as firing a timer,
    /// so thousands falling due together need fewer jobs, not more workers. 1 = one job per timer.
    /// </summary>
    public int TimersPerJob { get; init; } = 10;

    /// <summary>How many jobs of one claimed batch are handed to Hangfire at once.</summary>
    public int EnqueueParallelism { get; init; } = 8;

    /// <summary>Hand-offs (<c>workflow.start</c>) not carried out right after their commit are retried after this long.</summary>
    public TimeSpan HandOffGrace { get; init; } = TimeSpan.FromSeconds(30);
}
