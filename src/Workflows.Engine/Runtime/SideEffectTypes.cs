using System.Reflection;

namespace Astra.Workflows.Engine.Runtime;

/// <summary>
/// Which <see cref="ActivitySideEffect"/> types exist and whether each has a handler. A store checks this when it is
/// built (so a module that forgot to register a handler stops the service at start-up) and again per effect.
/// </summary>
public static class SideEffectTypes
{
    /// <summary>The concrete side-effect records declared in <paramref name="assemblies"/>.</summary>
    public static IReadOnlyList<Type> DeclaredIn(IEnumerable<Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        return assemblies.Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ActivitySideEffect).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Throws <see cref="UnhandledSideEffectException"/> naming every declared type that is not handled.</summary>
    public static void EnsureHandled(IEnumerable<Type> declared, IReadOnlySet<Type> handled)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(handled);
        var missing = declared.Where(t => !handled.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            throw new UnhandledSideEffectException(missing);
        }
    }
}
