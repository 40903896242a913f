namespace Astra.Workflows.Engine.Runtime;

/// <summary>
/// Extension point for effects that need their own tables (human tasks, hearings): the activity records
/// one of these and the host's persistence writes it in the burst's transaction.
/// </summary>
public abstract record ActivitySideEffect(Guid InstanceId, string ActivityId);
