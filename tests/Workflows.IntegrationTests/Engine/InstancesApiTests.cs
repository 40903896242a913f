using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Engine;

public sealed class InstancesApiTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task An_event_resumes_the_waiting_instance_once_and_moves_the_case_on()
    {
        await TestDefinitions.PublishAsync(Factory, Flows.WaitForEvent);
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, code) = await ApiSteps.OpenCaseAsync(client);

        var started = await ApiSteps.StartAsync(client, "wait-event", caseId);
        Assert.Equal("Waiting", started.GetProperty("status").GetString());
        Assert.Equal(1, started.GetProperty("version").GetInt32());
        var id = started.GetProperty("id").GetGuid();
        var waiting = await ApiSteps.GetInstanceAsync(client, id);
        var waitingOn = Assert.Single(waiting.GetProperty("waitingOn").EnumerateArray());
        Assert.Equal("event", waitingOn.GetProperty("kind").GetString());
        Assert.Equal("wait", waitingOn.GetProperty("activityId").GetString());

        var first = await client.PostAsJsonAsync("/api/events", new { name = "decision-received", caseId, idempotencyKey = "czt-decision-1" });
        var again = await client.PostAsJsonAsync("/api/events", new { name = "decision-received", caseId, idempotencyKey = "czt-decision-1" });

        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resumed").GetInt32());
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resumed").GetInt32());
        var done = await ApiSteps.GetInstanceAsync(client, id);
        Assert.Equal("Completed", done.GetProperty("status").GetString());
        Assert.Equal(["start", "wait", "phase", "note", "end"], ApiSteps.Trail(done));
        Assert.Contains(done.GetProperty("journal").EnumerateArray(), j => j.GetProperty("message").GetString() == $"Decision for {code}");
        var theCase = await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}");
        Assert.Equal("recovery", theCase.GetProperty("phase").GetString());
        Assert.Equal(id, Assert.Single(theCase.GetProperty("instances").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task An_event_for_another_case_resumes_nothing()
    {
        await TestDefinitions.PublishAsync(Factory, Flows.WaitForEvent);
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await ApiSteps.OpenCaseAsync(client);
        var (otherCase, _) = await ApiSteps.OpenCaseAsync(client);
        var id = (await ApiSteps.StartAsync(client, "wait-event", caseId)).GetProperty("id").GetGuid();

        var response = await client.PostAsJsonAsync("/api/events", new { name = "decision-received", caseId = otherCase });

        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resumed").GetInt32());
        Assert.Equal("Waiting", (await ApiSteps.GetInstanceAsync(client, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Bad_start_requests_get_clear_errors()
    {
        var client = await Factory.ClientForAsync("casemanager@astra.local");

        var unpublished = await client.PostAsJsonAsync("/api/instances", new { definitionId = "nope", input = new { } });
        var unknownCase = await client.PostAsJsonAsync("/api/instances", new { definitionId = "nope", caseId = Guid.NewGuid() });
        var malformed = await client.PostAsync("/api/instances", new StringContent("{\"definitionId\":", Encoding.UTF8, "application/json"));
        var missing = await client.PostAsJsonAsync("/api/instances", new { input = new { } });

        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownCase.StatusCode);
        Assert.True((await unknownCase.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("caseId", out _));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("definitionId", out _));
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/instances")).GetArrayLength());
    }

    [Fact]
    public async Task Cancel_ends_a_waiting_instance_and_a_second_cancel_conflicts()
    {
        await TestDefinitions.PublishAsync(Factory, Flows.WaitForEvent);
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (caseId, _) = await ApiSteps.OpenCaseAsync(manager);
        var id = (await ApiSteps.StartAsync(manager, "wait-event", caseId)).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsync($"/api/instances/{id}/cancel", null)).StatusCode);
        var cancelled = await coordinator.PostAsync($"/api/instances/{id}/cancel", null);
        var twice = await coordinator.PostAsync($"/api/instances/{id}/cancel", null);
        var retry = await coordinator.PostAsync($"/api/instances/{id}/retry", null);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("Cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsync($"/api/instances/{Guid.NewGuid()}/cancel", null)).StatusCode);
        var listed = await manager.GetFromJsonAsync<JsonElement>("/api/instances?status=cancelled");
        Assert.Equal(id, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_runaway_script_faults_the_instance_with_an_incident_instead_of_hanging()
    {
        await TestDefinitions.PublishAsync(Factory, Flows.Runaway);
        var client = await Factory.ClientForAsync("casemanager@astra.local");

        var (caseId, _) = await ApiSteps.OpenCaseAsync(client);
        var started = await ApiSteps.StartAsync(client, "runaway", caseId);

        Assert.Equal("Faulted", started.GetProperty("status").GetString());
        var instance = await ApiSteps.GetInstanceAsync(client, started.GetProperty("id").GetGuid());
        var incident = Assert.Single(instance.GetProperty("incidents").EnumerateArray());
        Assert.Equal("loop", incident.GetProperty("activityId").GetString());
        var health = await Factory.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Workflow_start_hands_the_case_to_another_workflow()
    {
        await TestDefinitions.PublishAsync(Factory, Flows.WaitForEvent);
        await TestDefinitions.PublishAsync(Factory, Flows.HandOffParent);
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await ApiSteps.OpenCaseAsync(client);

        var parent = await ApiSteps.StartAsync(client, "parent", caseId);

        Assert.Equal("Completed", parent.GetProperty("status").GetString());
        var theCase = await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}");
        var instances = theCase.GetProperty("instances").EnumerateArray().ToList();
        Assert.Equal(2, instances.Count);
        var child = Assert.Single(instances, i => i.GetProperty("definitionId").GetString() == "wait-event");
        Assert.Equal("Waiting", child.GetProperty("status").GetString());
    }
}
