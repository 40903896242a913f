namespace Astra.Workflows.Engine.Runtime;

/// <summary>
/// Something an activity asks for beyond the instance itself (a module's row, a hand-off): the activity records one
/// of these, and the store writes it in the burst's transaction through the handler registered for its type.
/// A type without a handler is refused (<see cref="SideEffectTypes"/>), never dropped.
/// </summary>
public abstract record ActivitySideEffect(Guid InstanceId, string ActivityId);
