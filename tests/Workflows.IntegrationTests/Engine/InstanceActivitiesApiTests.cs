using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Engine;

/// <summary><c>GET /api/instances/{id}/activities</c>: the state of every node, for the designer's instance viewer.</summary>
public sealed class InstanceActivitiesApiTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string NoteThenTask = """
        {
          "schemaVersion": 1, "definitionId": "viewer", "name": "Viewer",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "note", "type": "log.note", "name": "Note it", "inputs": { "text": "Opened" } },
            { "id": "review", "type": "task.human", "name": "Review", "inputs": {
                "taskType": "review", "title": "Review the case", "role": "CaseManager", "due": { "workingDays": 2 } } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [ { "from": "start", "to": "note" }, { "from": "note", "to": "review" }, { "from": "review", "to": "end" } ]
        }
        """;

    // Throws until the clock passes input.notBefore (ms since the epoch), so a retry after advancing the clock succeeds.
    private const string NotBefore = """
        {
          "schemaVersion": 1, "definitionId": "not-before", "name": "Not before",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "check", "type": "flow.decision", "inputs": { "condition": { "js": "if (Date.now() < input.notBefore) { throw new Error('too early'); } true" } } },
            { "id": "wait", "type": "event.wait", "inputs": { "event": "go" } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [ { "from": "start", "to": "check" }, { "from": "check", "outcome": "True", "to": "wait" },
                           { "from": "check", "outcome": "False", "to": "end" }, { "from": "wait", "to": "end" } ]
        }
        """;

    [Fact]
    public async Task A_running_instance_shows_done_steps_the_waiting_task_and_unreached_nodes_to_its_team_only()
    {
        await TestDefinitions.PublishAsync(Factory, NoteThenTask);
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var outsider = await Factory.ClientForAsync("casemanager2@astra.local");
        var (caseId, code) = await ApiSteps.OpenCaseAsync(manager);
        var id = (await ApiSteps.StartAsync(manager, "viewer", caseId)).GetProperty("id").GetGuid();

        var body = await manager.GetFromJsonAsync<JsonElement>($"/api/instances/{id}/activities");

        Assert.Equal(id, body.GetProperty("instanceId").GetGuid());
        Assert.Equal("viewer", body.GetProperty("definitionId").GetString());
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.Equal("Waiting", body.GetProperty("status").GetString());
        var activities = body.GetProperty("activities").EnumerateArray().ToDictionary(a => a.GetProperty("activityId").GetString()!);
        Assert.Equal(["start", "note", "review", "end"], activities.Keys);
        Assert.Equal("done", activities["note"].GetProperty("state").GetString());
        Assert.Equal("Done", activities["note"].GetProperty("outcome").GetString());
        Assert.NotEqual(JsonValueKind.Null, activities["note"].GetProperty("completedAt").ValueKind);
        var review = activities["review"];
        Assert.Equal("waiting", review.GetProperty("state").GetString());
        var waitingFor = review.GetProperty("waitingFor");
        Assert.Equal("task", waitingFor.GetProperty("kind").GetString());
        Assert.Equal("Review the case", waitingFor.GetProperty("name").GetString());
        Assert.NotEqual(JsonValueKind.Null, waitingFor.GetProperty("due").ValueKind);
        var task = await manager.GetFromJsonAsync<JsonElement>($"/api/tasks/{waitingFor.GetProperty("taskId").GetGuid()}");
        Assert.Equal(waitingFor.GetProperty("due").GetDateTimeOffset(), task.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("notReached", activities["end"].GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, activities["end"].GetProperty("incident").ValueKind);
        Assert.False(string.IsNullOrEmpty(code));
        // The viewer names its case by the code its page shows (issue 21.6).
        var instance = await manager.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
        Assert.Equal((caseId, code), (instance.GetProperty("caseId").GetGuid(), instance.GetProperty("caseCode").GetString()));

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/instances/{id}/activities")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/instances/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/instances/{Guid.NewGuid()}/activities")).StatusCode);
    }

    [Fact]
    public async Task A_fault_shows_on_the_activity_that_threw_and_retry_and_cancel_change_what_the_viewer_sees()
    {
        await TestDefinitions.PublishAsync(Factory, NotBefore);
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (caseId, _) = await ApiSteps.OpenCaseAsync(manager);
        var notBefore = Factory.Clock.GetUtcNow().AddMinutes(1).ToUnixTimeMilliseconds();
        var started = await manager.PostAsJsonAsync("/api/instances", new { definitionId = "not-before", caseId, input = new { notBefore } });
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var faulted = await manager.GetFromJsonAsync<JsonElement>($"/api/instances/{id}/activities");

        Assert.Equal("Faulted", faulted.GetProperty("status").GetString());
        var check = State(faulted, "check");
        Assert.Equal("faulted", check.GetProperty("state").GetString());
        Assert.Contains("too early", check.GetProperty("incident").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("done", State(faulted, "start").GetProperty("state").GetString());
        Assert.Equal("notReached", State(faulted, "wait").GetProperty("state").GetString());

        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var retry = await coordinator.PostAsync($"/api/instances/{id}/retry", null);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var retried = await manager.GetFromJsonAsync<JsonElement>($"/api/instances/{id}/activities");

        Assert.Equal("Waiting", retried.GetProperty("status").GetString());
        Assert.Equal("done", State(retried, "check").GetProperty("state").GetString());
        Assert.Equal("True", State(retried, "check").GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, State(retried, "check").GetProperty("incident").ValueKind);
        var wait = State(retried, "wait");
        Assert.Equal("waiting", wait.GetProperty("state").GetString());
        Assert.Equal("event", wait.GetProperty("waitingFor").GetProperty("kind").GetString());
        Assert.Equal("go", wait.GetProperty("waitingFor").GetProperty("name").GetString());

        var cancel = await coordinator.PostAsync($"/api/instances/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var cancelled = await manager.GetFromJsonAsync<JsonElement>($"/api/instances/{id}/activities");
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        Assert.DoesNotContain(cancelled.GetProperty("activities").EnumerateArray(), a => a.GetProperty("state").GetString() is "waiting" or "faulted");
    }

    private static JsonElement State(JsonElement body, string activityId) =>
        body.GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("activityId").GetString() == activityId);
}
