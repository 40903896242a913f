namespace Astra.Workflows.Modules.Definitions.Timers;

public sealed record TimerOptions
{
    public const string Section = "Astra:Timers";

    /// <summary>How often each node looks for due timers; also the worst-case delay before a timer fires.</summary>
    public TimeSpan DispatchInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>At most this many due timers are handed to Hangfire per pass, so catching up after downtime is a stream, not a flood.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>A dispatched timer that has not fired after this long (lost job, crashed node) is dispatched again.</summary>
    public TimeSpan RedispatchAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Hand-offs (<c>workflow.start</c>) not carried out right after their commit are retried after this long.</summary>
    public TimeSpan StartRequestGrace { get; init; } = TimeSpan.FromSeconds(30);
}
