using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Tests.Support;
using Astra.Workflows.Engine.Validation;

namespace Astra.Workflows.Engine.Tests.Validation;

public class DefinitionValidatorTests
{
    private readonly EngineHarness engine = new();

    private IReadOnlyList<ValidationProblem> Validate(string json) => engine.Validator.Validate(DefinitionSerializer.Parse(json));

    [Fact]
    public void Reports_every_problem_at_once_naming_activity_and_input()
    {
        var problems = Validate("""
        {
          "schemaVersion": 1, "definitionId": "broken", "name": "Broken",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "mystery", "type": "does.not.exist" },
            { "id": "noCondition", "type": "flow.decision" },
            { "id": "badDuration", "type": "timer.delay", "inputs": { "duration": "three days" } },
            { "id": "dup", "type": "log.note", "inputs": { "text": "one" } },
            { "id": "dup", "type": "log.note", "inputs": { "text": "two" } },
            { "id": "badJs", "type": "flow.decision", "inputs": { "condition": { "js": "vars.x ===" } } },
            { "id": "badLiquid", "type": "log.note", "inputs": { "text": "Hello {{ case.code " } },
            { "id": "island", "type": "log.note", "inputs": { "text": "nobody comes here" } },
            { "id": "secondStart", "type": "flow.start" },
            { "id": "loopA", "type": "log.note", "inputs": { "text": "a" } },
            { "id": "loopB", "type": "log.note", "inputs": { "text": "b" } },
            { "id": "badPhase", "type": "case.phase", "inputs": { "phase": "holiday" } },
            { "id": "badType", "type": "log.note", "inputs": { "text": 42 } },
            { "id": "undeclared", "type": "vars.set", "inputs": { "name": "nope", "value": 1 } }
          ],
          "connections": [
            { "from": "start", "to": "noCondition" },
            { "from": "noCondition", "outcome": "True", "to": "badDuration" },
            { "from": "noCondition", "outcome": "Maybe", "to": "dup" },
            { "from": "badDuration", "to": "ghost" },
            { "from": "phantom", "to": "dup" },
            { "from": "dup", "to": "badJs" },
            { "from": "badJs", "outcome": "True", "to": "badLiquid" },
            { "from": "badLiquid", "to": "loopA" },
            { "from": "loopA", "to": "loopB" },
            { "from": "loopB", "to": "loopA" },
            { "from": "loopB", "to": "badPhase" },
            { "from": "badPhase", "to": "badType" },
            { "from": "badType", "to": "undeclared" },
            { "from": "undeclared", "to": "mystery" }
          ]
        }
        """);

        void Has(string? activity, string? input, string fragment) =>
            Assert.True(
                problems.Any(p => p.ActivityId == activity && p.Input == input && p.Message.Contains(fragment, StringComparison.Ordinal)
                    && (activity is null || p.Message.Contains($"'{activity}'", StringComparison.Ordinal))),
                $"Missing problem [{activity}/{input}: {fragment}] in:\n" + string.Join("\n", problems.Select(p => $"{p.ActivityId}/{p.Input}: {p.Message}")));

        Has("mystery", null, "unknown type 'does.not.exist'");
        Has("noCondition", "condition", "missing required input 'condition'");
        Has("badDuration", "duration", "not an ISO 8601 duration");
        Has("dup", null, "used 2 times");
        Has("badDuration", null, "unknown activity 'ghost'");
        Has("phantom", null, "unknown activity 'phantom'");
        Has("noCondition", null, "outcome 'Maybe'");
        Has("badJs", "condition", "script does not parse");
        Has("badLiquid", "text", "template does not parse");
        Has("island", null, "cannot be reached");
        Has("secondStart", null, "second start");
        Has("loopA", null, "cycle with no waiting activity");
        Has("badPhase", "phase", "not one of");
        Has("badType", "text", "expected text, got number 42");
        Has("undeclared", "name", "not declared");
        Assert.Equal(15, problems.Count);
    }

    [Fact]
    public void A_workflow_without_start_is_rejected()
    {
        var problems = Validate("""
        { "schemaVersion": 1, "definitionId": "nostart", "name": "No start", "activities": [ { "id": "end", "type": "flow.end" } ] }
        """);

        Assert.Contains(problems, p => p.Message.Contains("no start activity", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cycle_through_a_waiting_activity_is_allowed()
    {
        var problems = Validate("""
        {
          "schemaVersion": 1, "definitionId": "reminders", "name": "Weekly reminder loop",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "remind", "type": "log.note", "inputs": { "text": "reminder" } },
            { "id": "week", "type": "timer.delay", "inputs": { "duration": "P7D" } }
          ],
          "connections": [ { "from": "start", "to": "remind" }, { "from": "remind", "to": "week" }, { "from": "week", "to": "remind" } ]
        }
        """);

        Assert.Empty(problems);
    }

    [Fact]
    public void Switch_cases_are_checked_and_their_outcomes_become_connectable()
    {
        var problems = Validate("""
        {
          "schemaVersion": 1, "definitionId": "sw", "name": "Switch",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "route", "type": "flow.switch", "inputs": { "cases": [
              { "outcome": "Minor", "condition": { "js": "input.age < 18" } },
              { "outcome": "Broken", "condition": { "js": "input.age <" } },
              { "condition": { "js": "true" } }
            ] } },
            { "id": "minor", "type": "flow.end" },
            { "id": "other", "type": "flow.end" }
          ],
          "connections": [
            { "from": "start", "to": "route" },
            { "from": "route", "outcome": "Minor", "to": "minor" },
            { "from": "route", "outcome": "Default", "to": "other" }
          ]
        }
        """);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.ActivityId == "route" && p.Input == "cases[1].condition" && p.Message.Contains("does not parse", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.ActivityId == "route" && p.Input == "cases[2]" && p.Message.Contains("outcome", StringComparison.Ordinal));
    }

    [Fact]
    public void Script_where_a_literal_is_required_and_end_with_outgoing_connection_are_rejected()
    {
        var problems = Validate("""
        {
          "schemaVersion": 1, "definitionId": "x", "name": "X",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "phase", "type": "case.phase", "inputs": { "phase": { "js": "'recovery'" } } },
            { "id": "end", "type": "flow.end" },
            { "id": "after", "type": "log.note", "inputs": { "text": "x" } }
          ],
          "connections": [ { "from": "start", "to": "phase" }, { "from": "phase", "to": "end" }, { "from": "end", "to": "after" } ]
        }
        """);

        Assert.Contains(problems, p => p.ActivityId == "phase" && p.Input == "phase" && p.Message.Contains("does not accept a script", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.ActivityId == "end" && p.Message.Contains("has no outcomes", StringComparison.Ordinal));
    }
}
