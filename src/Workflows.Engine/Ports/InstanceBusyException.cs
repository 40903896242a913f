namespace Astra.Workflows.Engine.Ports;

/// <summary>
/// The instance stayed locked by another burst (usually on another node) past the store's bounded retries.
/// The caller may try again later; nothing of this request was applied.
/// </summary>
public sealed class InstanceBusyException(Guid instanceId, TimeSpan retryAfter)
    : InstanceOperationException(instanceId, $"Instance {instanceId} is busy; try again in {retryAfter.TotalSeconds:0} s.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
