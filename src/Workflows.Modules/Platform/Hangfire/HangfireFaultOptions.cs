namespace Astra.Workflows.Modules.Platform.Hangfire;

/// <summary>
/// How fast Hangfire notices faults (ADR 0020). Hangfire's defaults suit a single long-lived server: a dead
/// node's fetched job comes back after 30 minutes and a dead server is noticed after 5.
/// </summary>
public sealed record HangfireFaultOptions
{
    public const string Section = "Astra:Hangfire";

    /// <summary>Workers on the default queue (timers, escalations, legal alerts); 0 keeps Hangfire's default (5 per core, at most 20).</summary>
    public int Workers { get; init; }

    /// <summary>A fetched job whose node stopped renewing it for this long is fetched again by another node.</summary>
    public TimeSpan InvisibilityTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How often each server reports that it is alive.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A server silent for this long is removed from the server list.</summary>
    public TimeSpan ServerTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How often servers look for silent ones.</summary>
    public TimeSpan ServerCheckInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Longest wait for a Hangfire lock; a lock left by a dead node expires after this too (default 10 minutes).</summary>
    public TimeSpan DistributedLockTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>TCP keepalive on Hangfire's connections, so a connection cut by a database restart is noticed instead of awaited.</summary>
    public int KeepAliveSeconds { get; init; } = 15;
}
