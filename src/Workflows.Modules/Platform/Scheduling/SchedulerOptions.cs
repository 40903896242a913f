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

    /// <summary>A claimed row whose job has not settled it after this long (lost job, crashed node) is claimed again.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Hand-offs (<c>workflow.start</c>) not carried out right after their commit are retried after this long.</summary>
    public TimeSpan HandOffGrace { get; init; } = TimeSpan.FromSeconds(30);
}
