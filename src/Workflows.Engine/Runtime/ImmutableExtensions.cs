using System.Collections.Immutable;

namespace Astra.Workflows.Engine.Runtime;

internal static class ImmutableExtensions
{
    public static ImmutableDictionary<string, TValue> ToImmutableDictionaryOrdinal<TValue>(this Dictionary<string, TValue> source) =>
        source.ToImmutableDictionary(StringComparer.Ordinal);
}
