namespace Astra.Workflows.Engine.Validation;

/// <summary>Tarjan's strongly connected components; a component of more than one node (or a self-loop) is a cycle.</summary>
internal static class StronglyConnected
{
    public static List<List<string>> Components(IEnumerable<string> nodes, Func<string, IEnumerable<string>> next)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var result = new List<List<string>>();
        var counter = 0;
        var nodeSet = nodes.ToList();
        var known = nodeSet.ToHashSet(StringComparer.Ordinal);

        void Visit(string node)
        {
            index[node] = low[node] = counter++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var to in next(node).Where(known.Contains))
            {
                if (!index.TryGetValue(to, out var toIndex))
                {
                    Visit(to);
                    low[node] = Math.Min(low[node], low[to]);
                }
                else if (onStack.Contains(to))
                {
                    low[node] = Math.Min(low[node], toIndex);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                component.Reverse();
                result.Add(component);
            }
        }

        foreach (var node in nodeSet.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return result;
    }
}
