namespace Astra.Workflows.Modules.Platform.Scheduling;

/// <summary>Work the scheduler's loop carries out itself on each tick, without Hangfire (hand-offs left undone after their commit).</summary>
public interface IScheduledSweep
{
    Task SweepAsync(CancellationToken cancellationToken);
}
