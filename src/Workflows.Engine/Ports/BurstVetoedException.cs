namespace Astra.Workflows.Engine.Ports;

/// <summary>
/// A module's side-effect handler refused the burst of a start, retry or cancel (<see cref="CommitOutcome.Vetoed"/>):
/// nothing was applied, and unlike a lost race it is not retried. A resume answers <c>ResumeStatus.Vetoed</c> instead.
/// </summary>
public sealed class BurstVetoedException(Guid instanceId)
    : InstanceOperationException(instanceId, $"A module refused the change to instance {instanceId}; nothing was applied.");
