using System.Reflection;
using Astra.Workflows.Engine;
using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Modules.Platform.Bursts;

/// <summary>
/// The registered <see cref="ISideEffectHandler"/>s by effect type. Built once: two handlers for one type, or a
/// side-effect record declared in the production assemblies with no handler, stop the service at start-up.
/// </summary>
public sealed class SideEffectHandlers
{
    private readonly Dictionary<Type, ISideEffectHandler> byType = [];

    public SideEffectHandlers(IEnumerable<ISideEffectHandler> handlers)
        : this(handlers, ProductionAssemblies)
    {
    }

    public SideEffectHandlers(IEnumerable<ISideEffectHandler> handlers, IEnumerable<Assembly> declaring)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        foreach (var handler in handlers)
        {
            if (!byType.TryAdd(handler.EffectType, handler))
            {
                throw new InvalidOperationException(
                    $"Two handlers for the side effect {handler.EffectType.FullName}: {byType[handler.EffectType].GetType().Name} and {handler.GetType().Name}.");
            }
        }

        SideEffectTypes.EnsureHandled(SideEffectTypes.DeclaredIn(declaring), byType.Keys.ToHashSet());
    }

    /// <summary>The kernel (hand-offs), the generic activities and every module.</summary>
    public static IReadOnlyList<Assembly> ProductionAssemblies { get; } =
        [typeof(EngineAssembly).Assembly, typeof(Astra.Workflows.Activities.BuiltInActivities).Assembly, typeof(SideEffectHandlers).Assembly];

    public IReadOnlyCollection<Type> HandledTypes => byType.Keys;

    /// <summary>The handler for <paramref name="effect"/>; <see cref="UnhandledSideEffectException"/> rather than dropping it.</summary>
    public ISideEffectHandler For(ActivitySideEffect effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        return byType.TryGetValue(effect.GetType(), out var handler) ? handler : throw new UnhandledSideEffectException([effect.GetType()]);
    }
}
