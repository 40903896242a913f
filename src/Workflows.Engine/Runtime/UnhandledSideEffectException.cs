namespace Astra.Workflows.Engine.Runtime;

/// <summary>A side-effect type has no handler: a module declared it without registering who writes it.</summary>
public sealed class UnhandledSideEffectException(IReadOnlyList<Type> types)
    : InvalidOperationException($"No handler is registered for the side effect(s) {string.Join(", ", types.Select(t => t.FullName))}; each module registers one per side-effect record it declares.")
{
    public IReadOnlyList<Type> Types { get; } = types;
}
