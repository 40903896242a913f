using System.Net;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Definitions;

/// <summary>
/// Issue 14 item 6: a definition's shape is checked strictly through POST /api/definitions/validate — a key the
/// reader does not know is an error naming its path wherever it stands, never silently dropped; null lists and a
/// missing or quoted schemaVersion are the client's 400 naming the path, never a 500.
/// </summary>
public sealed class DefinitionInputTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string Task = """{ "id": "task", "type": "task.human", "inputs": { "taskType": "check", "title": "Check", "role": "CaseManager", "due": "P2D", "form": FORM, "escalations": RULES } }""";
    private const string GoodForm = """[{ "name": "ok", "label": "OK", "type": "boolean", "required": true }]""";
    private const string GoodRules = """[{ "after": "due", "notify": ["Coordinator"], "raisePriority": true }]""";

    public static TheoryData<string, string> Unreadable => new()
    {
        { Definition(activities: "null"), "$.activities" },
        { Definition(connections: "null"), "$.connections" },
        { Definition(extra: "\"variables\": [null],"), "$.variables[0]" },
        { Definition(extra: "\"events\": null,"), "$.events" },
        { Definition(version: string.Empty), "schemaVersion" },
        { Definition(version: "\"schemaVersion\": \"1\","), "$.schemaVersion" },
        { Definition(extra: "\"owner\": \"x\","), "owner" },
        { Definition(connections: """[{ "from": "start", "to": "end", "label": "x" }]"""), "$.connections[0]" },
    };

    public static TheoryData<string, string, string> UnknownInActivity => new()
    {
        { Definition(task: Task.Replace("\"role\"", "\"queue\": \"x\", \"role\"", StringComparison.Ordinal)), "queue", "has no input 'queue'" },
        { Definition(task: Task.Replace("RULES", """[{ "after": "due", "notifyRoles": ["Coordinator"], "raisePriority": true }]""", StringComparison.Ordinal)), "escalations[0].notifyRoles", "not a key of an escalation rule" },
        { Definition(task: Task.Replace("FORM", """[{ "name": "ok", "label": "OK", "type": "boolean", "mandatory": true }]""", StringComparison.Ordinal)), "form[0].mandatory", "not a key of a form field" },
    };

    [Fact]
    public async Task The_well_formed_task_with_a_form_and_an_escalation_is_valid()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");

        var result = await (await coordinator.PostAsync("/api/definitions/validate", DefinitionJson.Body(Definition(task: Task)))).JsonAsync();

        Assert.True(result.GetProperty("valid").GetBoolean(), result.GetRawText());
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task A_null_list_a_bad_version_or_an_unknown_key_is_a_400_naming_the_path(string json, string path)
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");

        var response = await coordinator.PostAsync("/api/definitions/validate", DefinitionJson.Body(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(path, (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(UnknownInActivity))]
    public async Task An_unknown_key_in_an_activity_is_a_validation_problem_naming_its_path(string json, string input, string message)
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");

        var result = await (await coordinator.PostAsync("/api/definitions/validate", DefinitionJson.Body(json))).JsonAsync();

        Assert.False(result.GetProperty("valid").GetBoolean());
        var problem = Assert.Single(result.GetProperty("problems").EnumerateArray());
        Assert.Equal("task", problem.GetProperty("activityId").GetString());
        Assert.Equal(input, problem.GetProperty("input").GetString());
        Assert.Contains(message, problem.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_misspelt_escalation_cannot_be_saved_either()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var json = Definition(task: Task.Replace("RULES", """[{ "after": "due", "notifyRoles": ["Coordinator"], "raisePriority": true }]""", StringComparison.Ordinal));

        var response = await coordinator.PutAsync("/api/definitions/input-test", DefinitionJson.Body(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/api/definitions/input-test")).StatusCode);
    }

    private static string Definition(
        string version = "\"schemaVersion\": 1,", string extra = "", string? activities = null, string connections = """[{ "from": "start", "to": "task" }, { "from": "task", "to": "end" }]""", string task = Task) =>
        $$"""
        { {{version}} "definitionId": "input-test", "name": "Input test", {{extra}}
          "activities": {{activities ?? $$"""[{ "id": "start", "type": "flow.start" }, {{task.Replace("FORM", GoodForm, StringComparison.Ordinal).Replace("RULES", GoodRules, StringComparison.Ordinal)}}, { "id": "end", "type": "flow.end" }]"""}},
          "connections": {{connections}} }
        """;
}
