using System.Globalization;
using System.Text;

namespace Astra.Workflows.Benchmarks;

/// <summary>
/// <c>flow.start → event.wait("e1") → … → event.wait("eN") → flow.end</c>: the start burst ends at the first
/// wait, each resume burst at the next one (the last resume ends the instance).
/// </summary>
internal static class ChainDefinition
{
    public const string DefinitionId = "bench-chain";
    public const int Waits = 10;

    public static string Json()
    {
        var activities = new List<string> { """{ "id": "start", "type": "flow.start" }""" };
        var connections = new List<string>();
        var previous = "start";
        for (var i = 1; i <= Waits; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"e{i}");
            activities.Add($$"""{ "id": "{{id}}", "type": "event.wait", "inputs": { "event": "{{id}}" } }""");
            connections.Add($$"""{ "from": "{{previous}}", "to": "{{id}}" }""");
            previous = id;
        }

        activities.Add("""{ "id": "end", "type": "flow.end" }""");
        connections.Add($$"""{ "from": "{{previous}}", "to": "end" }""");
        return new StringBuilder()
            .Append($$"""{ "schemaVersion": 1, "definitionId": "{{DefinitionId}}", "name": "Benchmark chain of waits", """)
            .Append("\"activities\": [").AppendJoin(", ", activities).Append("], ")
            .Append("\"connections\": [").AppendJoin(", ", connections).Append("] }")
            .ToString();
    }
}
