namespace Astra.Workflows.Engine.Simulation;

/// <summary>The simulation's clock: stands still while a burst runs and jumps to the next thing due.</summary>
internal sealed class VirtualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Moves forward to <paramref name="instant"/>; never backwards.</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        if (instant > now)
        {
            now = instant.ToUniversalTime();
        }
    }
}
