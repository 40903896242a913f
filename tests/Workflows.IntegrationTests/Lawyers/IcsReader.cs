namespace Astra.Workflows.IntegrationTests.Lawyers;

/// <summary>
/// A deliberately tiny RFC 5545 reader, independent of Ical.Net, so the feed is checked as a calendar app would see it:
/// lines unfolded (CRLF + space or tab), each content line split into name, parameters and value, BEGIN/END nesting.
/// </summary>
internal sealed class IcsComponent(string name)
{
    public string Name { get; } = name;

    public List<IcsProperty> Properties { get; } = [];

    public List<IcsComponent> Children { get; } = [];

    public string? Value(string property) => Properties.FirstOrDefault(p => p.Name == property)?.Value;

    public IEnumerable<IcsComponent> All(string name) => Children.Where(c => c.Name == name);
}

internal sealed record IcsProperty(string Name, IReadOnlyDictionary<string, string> Parameters, string Value);

internal static class IcsReader
{
    public static IcsComponent Parse(string text)
    {
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        var unfolded = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\r\n\t", string.Empty, StringComparison.Ordinal);
        var root = new IcsComponent("ROOT");
        var stack = new Stack<IcsComponent>([root]);
        foreach (var line in unfolded.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var property = ParseLine(line);
            if (property.Name == "BEGIN")
            {
                var child = new IcsComponent(property.Value);
                stack.Peek().Children.Add(child);
                stack.Push(child);
            }
            else if (property.Name == "END")
            {
                Assert.Equal(property.Value, stack.Pop().Name);
            }
            else
            {
                stack.Peek().Properties.Add(property);
            }
        }

        Assert.Single(stack);
        return Assert.Single(root.Children, c => c.Name == "VCALENDAR");
    }

    private static IcsProperty ParseLine(string line)
    {
        // The value starts at the first colon outside a quoted parameter value.
        var quoted = false;
        var colon = -1;
        for (var i = 0; i < line.Length && colon < 0; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ':' && !quoted)
            {
                colon = i;
            }
        }

        Assert.True(colon > 0, $"No value in line '{line}'.");
        var head = line[..colon].Split(';');
        var parameters = head.Skip(1).Select(p => p.Split('=', 2)).ToDictionary(p => p[0].ToUpperInvariant(), p => p.Length > 1 ? p[1].Trim('"') : string.Empty);
        return new IcsProperty(head[0].ToUpperInvariant(), parameters, line[(colon + 1)..]);
    }
}
