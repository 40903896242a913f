namespace Astra.Workflows.FaultSuite.Scenario;

/// <summary>The two definitions the suite publishes through the API.</summary>
internal static class Definitions
{
    /// <summary>Timers per instance: the suite plans 5,000 timers on 500 instances, so creating them is not the test.</summary>
    public const int Branches = 10;

    /// <summary>
    /// Forks into <see cref="Branches"/> waits, each until the instant its input names (<c>dues[i]</c>): one timer row per
    /// branch, due when the suite planned it; the join completes the instance when all fired.
    /// </summary>
    public static string Timer()
    {
        var waits = string.Join(",\n", Enumerable.Range(0, Branches).Select(i =>
            $$"""{ "id": "w{{i}}", "type": "timer.until", "inputs": { "until": { "js": "input.dues[{{i}}]" } } }"""));
        var connections = string.Join(",\n", Enumerable.Range(0, Branches).SelectMany(i => new[]
        {
            $$"""{ "from": "fork", "to": "w{{i}}" }""",
            $$"""{ "from": "w{{i}}", "to": "join" }""",
        }));
        return $$"""
            {
              "schemaVersion": 1, "definitionId": "fault-timer", "name": "Fault suite timers",
              "inputs": [ { "name": "dues", "required": true } ],
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

    /// <summary>Counts ticks: each accepted event completes <c>note</c> once more.</summary>
    public const string TickLoop = """
        {
          "schemaVersion": 1, "definitionId": "fault-tick", "name": "Fault suite ticks",
          "events": [ { "name": "tick", "roles": ["Admin", "Coordinator", "CaseManager"] } ],
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "wait", "type": "event.wait", "inputs": { "event": "tick" } },
            { "id": "note", "type": "log.note", "inputs": { "text": "tick" } }
          ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "note" }, { "from": "note", "to": "wait" } ]
        }
        """;
}
