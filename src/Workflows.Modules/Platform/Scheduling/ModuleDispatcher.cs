namespace Astra.Workflows.Modules.Platform.Scheduling;

/// <summary>
/// A module's handle on the scheduler: dispatch its due rows now rather than on the loop's next tick (tests, tools).
/// Modules derive a named type from it so callers ask for their source's dispatcher without naming the source.
/// </summary>
public abstract class ModuleDispatcher<TSource>(DueRowScheduler scheduler, TSource source)
    where TSource : IDueRowSource
{
    public Task<int> DispatchDueAsync(CancellationToken cancellationToken) => scheduler.DispatchAsync(source, cancellationToken);
}
