namespace Astra.Workflows.Engine.Tests.Support;

/// <summary>Definitions several tests share.</summary>
internal static class SampleDefinitions
{
    public const string Decision = """
    {
      "schemaVersion": 1, "definitionId": "decision", "name": "Decision",
      "activities": [
        { "id": "start", "type": "flow.start" },
        { "id": "foreign", "type": "flow.decision", "inputs": { "condition": { "js": "case.nationality !== 'RS'" } } },
        { "id": "interpreter", "type": "log.note", "inputs": { "text": "book interpreter" } },
        { "id": "end", "type": "flow.end" }
      ],
      "connections": [
        { "from": "start", "to": "foreign" },
        { "from": "foreign", "outcome": "True", "to": "interpreter" },
        { "from": "foreign", "outcome": "False", "to": "end" },
        { "from": "interpreter", "to": "end" }
      ]
    }
    """;

    public const string TwoEvents = """
    {
      "schemaVersion": 1, "definitionId": "two-events", "name": "Two events",
      "activities": [
        { "id": "start", "type": "flow.start" },
        { "id": "fork", "type": "flow.fork" },
        { "id": "a", "type": "event.wait", "inputs": { "event": "a" } },
        { "id": "b", "type": "event.wait", "inputs": { "event": "b" } },
        { "id": "join", "type": "flow.join" },
        { "id": "end", "type": "flow.end" }
      ],
      "connections": [
        { "from": "start", "to": "fork" },
        { "from": "fork", "to": "a" }, { "from": "fork", "to": "b" },
        { "from": "a", "to": "join" }, { "from": "b", "to": "join" },
        { "from": "join", "to": "end" }
      ]
    }
    """;
}
