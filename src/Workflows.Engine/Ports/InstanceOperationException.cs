namespace Astra.Workflows.Engine.Ports;

/// <summary>
/// The one family of failures of an engine operation (start, resume, retry, cancel): nothing of the operation was
/// applied. Callers map the family, not messages: <see cref="InstanceBusyException"/> → retry later,
/// <see cref="InstanceConflictException"/> → it kept changing, <see cref="BurstVetoedException"/> → a module refused,
/// <see cref="InstanceNotFoundException"/> / <see cref="DefinitionNotPublishedException"/> → not found,
/// <see cref="InstanceStateException"/> → not in a state that allows it. A resume's ordinary answers (not due, bookmark
/// gone, …) are not failures: they are <c>ResumeResult</c> statuses, stored and replayed under idempotency keys.
/// </summary>
public abstract class InstanceOperationException(Guid? instanceId, string message) : InvalidOperationException(message)
{
    public Guid? InstanceId { get; } = instanceId;
}

/// <summary>No such instance.</summary>
public sealed class InstanceNotFoundException(Guid instanceId) : InstanceOperationException(instanceId, $"Instance {instanceId} was not found.");

/// <summary>A start of a definition that has no published version.</summary>
public sealed class DefinitionNotPublishedException(string definitionId)
    : InstanceOperationException(null, $"No published version of '{definitionId}'.")
{
    public string DefinitionId { get; } = definitionId;
}

/// <summary>The instance is not in a state that allows the operation (retrying one that is not faulted, cancelling a finished one).</summary>
public sealed class InstanceStateException(Guid instanceId, string message) : InstanceOperationException(instanceId, message);

/// <summary>
/// Other bursts kept winning the race for the instance until the coordinator gave up, or a start found its reserved id
/// taken. The caller may try again.
/// </summary>
public sealed class InstanceConflictException(Guid instanceId, string message) : InstanceOperationException(instanceId, message);
