namespace Astra.Workflows.IntegrationTests.Engine;

/// <summary>Small definitions the engine tests run on the real host.</summary>
internal static class Flows
{
    public const string WaitForEvent = """
        {
          "schemaVersion": 1, "definitionId": "wait-event", "name": "Wait for an event",
          "events": [
            { "name": "decision-received", "roles": ["Admin", "Coordinator", "CaseManager", "Lawyer", "Director"] },
            { "name": "nothing-waits-for-this", "roles": ["Admin", "Coordinator", "CaseManager", "Lawyer", "Director"] }
          ],
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "wait", "type": "event.wait", "inputs": { "event": "decision-received" } },
            { "id": "phase", "type": "case.phase", "inputs": { "phase": "recovery" } },
            { "id": "note", "type": "log.note", "inputs": { "text": "Decision for {{ case.code }}" } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [
            { "from": "start", "to": "wait" }, { "from": "wait", "to": "phase" },
            { "from": "phase", "to": "note" }, { "from": "note", "to": "end" }
          ]
        }
        """;

    public const string Delay = """
        {
          "schemaVersion": 1, "definitionId": "delay", "name": "Delay three days",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "wait", "type": "timer.delay", "inputs": { "duration": "P3D" } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "end" } ]
        }
        """;

    public const string Runaway = """
        {
          "schemaVersion": 1, "definitionId": "runaway", "name": "Runaway script",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "loop", "type": "flow.decision", "inputs": { "condition": { "js": "while (true) {} ; true" } } },
            { "id": "yes", "type": "flow.end" },
            { "id": "no", "type": "flow.end" }
          ],
          "connections": [
            { "from": "start", "to": "loop" },
            { "from": "loop", "outcome": "True", "to": "yes" }, { "from": "loop", "outcome": "False", "to": "no" }
          ]
        }
        """;

    public const string HandOffParent = """
        {
          "schemaVersion": 1, "definitionId": "parent", "name": "Hand off",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "child", "type": "workflow.start", "inputs": { "definitionId": "wait-event" } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [ { "from": "start", "to": "child" }, { "from": "child", "to": "end" } ]
        }
        """;

    public const string CrashAfterResume = """
        {
          "schemaVersion": 1, "definitionId": "crash", "name": "Crash after resume",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "wait", "type": "event.wait", "inputs": { "event": "go" } },
            { "id": "note", "type": "log.note", "inputs": { "text": "boom" } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "note" }, { "from": "note", "to": "end" } ]
        }
        """;

    /// <summary>A fork into <paramref name="branches"/> event waits joined again: that many distinct bookmarks on one instance.</summary>
    public static string ManyBookmarks(int branches)
    {
        var waits = string.Join(",\n", Enumerable.Range(0, branches).Select(i =>
            $$"""{ "id": "w{{i}}", "type": "event.wait", "inputs": { "event": "e{{i}}" } }"""));
        var connections = string.Join(",\n", Enumerable.Range(0, branches).SelectMany(i => new[]
        {
            $$"""{ "from": "fork", "to": "w{{i}}" }""",
            $$"""{ "from": "w{{i}}", "to": "join" }""",
        }));
        return $$"""
            {
              "schemaVersion": 1, "definitionId": "many", "name": "Many bookmarks",
              "activities": [
                { "id": "start", "type": "flow.start" },
                { "id": "fork", "type": "flow.fork" },
                {{waits}},
                { "id": "join", "type": "flow.join", "inputs": { "mode": "all" } },
                { "id": "end", "type": "flow.end" }
              ],
              "connections": [
                { "from": "start", "to": "fork" },
                {{connections}},
                { "from": "join", "to": "end" }
              ]
            }
            """;
    }
}
