using System.Collections.Frozen;
using Astra.Workflows.Engine.Definitions;

namespace Astra.Workflows.Engine.Runtime;

/// <summary>Index over a definition's activities and connections, for the runner and the validator.</summary>
public sealed class DefinitionGraph
{
    private readonly FrozenDictionary<string, ActivityDefinition> activities;
    private readonly FrozenDictionary<string, ConnectionDefinition[]> outgoing;
    private readonly FrozenDictionary<string, ConnectionDefinition[]> inbound;
    private readonly Dictionary<string, HashSet<string>> reachCache = new(StringComparer.Ordinal);

    public DefinitionGraph(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        activities = definition.Activities
            .GroupBy(a => a.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        outgoing = definition.Connections.GroupBy(c => c.From, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        inbound = definition.Connections.GroupBy(c => c.To, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public IEnumerable<ActivityDefinition> Activities => activities.Values;

    public ActivityDefinition? Find(string id) => activities.GetValueOrDefault(id);

    public IReadOnlyList<ConnectionDefinition> Outgoing(string id) => outgoing.GetValueOrDefault(id) ?? [];

    public IReadOnlyList<ConnectionDefinition> Inbound(string id) => inbound.GetValueOrDefault(id) ?? [];

    /// <summary>Activities reachable from <paramref name="from"/> by following connections (not including it unless on a cycle).</summary>
    public IReadOnlySet<string> ReachableFrom(string from)
    {
        if (reachCache.TryGetValue(from, out var cached))
        {
            return cached;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([from]);
        while (stack.TryPop(out var current))
        {
            foreach (var connection in Outgoing(current))
            {
                if (seen.Add(connection.To))
                {
                    stack.Push(connection.To);
                }
            }
        }

        reachCache[from] = seen;
        return seen;
    }

    public bool CanReach(string from, string to) => ReachableFrom(from).Contains(to);

    public static string ArrivalKey(ConnectionDefinition connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return $"{connection.From}:{connection.EffectiveOutcome}";
    }
}
