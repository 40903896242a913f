using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Access;

/// <summary>Need-to-know: every case endpoint × every role × a case the user is on the team of and one they are not.</summary>
public sealed class AccessMatrixTests(AstraApiFactory factory) : ApiTest(factory)
{
    private static readonly string[] SeeEverything = ["admin@astra.local", "coordinator@astra.local", "director@astra.local"];
    private static readonly string[] TeamOnly = ["casemanager@astra.local", "lawyer@astra.local"];

    [Fact]
    public async Task Team_members_see_their_cases_others_get_404_and_coordinators_see_all()
    {
        await TestDefinitions.PublishAsync(Factory, Flows.WaitForEvent);
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var lawyerId = (await (await Factory.ClientForAsync("lawyer@astra.local")).GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var managerId = (await manager.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();

        // Own: opened by casemanager (who joins its team), the lawyer added by a coordinator.
        var ownCase = await OpenCaseWithClientAsync(manager);
        var put = await coordinator.PutAsJsonAsync($"/api/cases/{ownCase}/team", new { members = new[] { new { userId = managerId }, new { userId = lawyerId } } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var ownInstance = (await ApiSteps.StartAsync(manager, "wait-event", ownCase)).GetProperty("id").GetGuid();
        // Other: opened by casemanager2; neither casemanager nor the lawyer is on its team.
        var other = await Factory.ClientForAsync("casemanager2@astra.local");
        var otherCase = await OpenCaseWithClientAsync(other);
        var otherInstance = (await ApiSteps.StartAsync(other, "wait-event", otherCase)).GetProperty("id").GetGuid();

        var leaks = new List<string>();
        foreach (var email in SeeEverything.Concat(TeamOnly))
        {
            var client = await Factory.ClientForAsync(email);
            foreach (var (caseId, instanceId, own) in new[] { (ownCase, ownInstance, true), (otherCase, otherInstance, false) })
            {
                var visible = own || SeeEverything.Contains(email);
                var expected = visible ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                await Expect(leaks, email, $"GET case ({(own ? "own" : "other")})", expected, await client.GetAsync($"/api/cases/{caseId}"));
                await Expect(leaks, email, $"GET team ({(own ? "own" : "other")})", expected, await client.GetAsync($"/api/cases/{caseId}/team"));
                await Expect(leaks, email, $"GET instance ({(own ? "own" : "other")})", expected, await client.GetAsync($"/api/instances/{instanceId}"));
                await Expect(leaks, email, $"GET consents ({(own ? "own" : "other")})", expected, await client.GetAsync($"/api/cases/{caseId}/consents"));
                if (email == "casemanager@astra.local")
                {
                    // Allowed to reveal identities by role, yet not of a case outside their team: 404, not 403.
                    await Expect(leaks, email, $"GET client ({(own ? "own" : "other")})", own ? HttpStatusCode.OK : HttpStatusCode.NotFound, await client.PostAsJsonAsync($"/api/cases/{caseId}/client/reveal", new { reason = "Preparing the court hearing" }));
                    var sharing = await client.PostAsJsonAsync($"/api/cases/{caseId}/sharing-check", new { purpose = "sharing-police" });
                    await Expect(leaks, email, $"POST sharing-check ({(own ? "own" : "other")})", own ? HttpStatusCode.OK : HttpStatusCode.NotFound, sharing);
                }

                var listed = await client.GetFromJsonAsync<JsonElement>($"/api/instances?caseId={caseId}");
                if (listed.GetArrayLength() != (visible ? 1 : 0))
                {
                    leaks.Add($"{email}: instance list of the {(own ? "own" : "other")} case has {listed.GetArrayLength()} rows");
                }

                var raised = await client.PostAsJsonAsync("/api/events", new { name = "nothing-waits-for-this", caseId });
                await Expect(leaks, email, $"POST event ({(own ? "own" : "other")})", visible ? HttpStatusCode.OK : HttpStatusCode.BadRequest, raised);
            }

            var all = await client.GetFromJsonAsync<JsonElement>("/api/instances");
            var expectedCount = SeeEverything.Contains(email) ? 2 : 1;
            if (all.GetArrayLength() != expectedCount)
            {
                leaks.Add($"{email}: unfiltered instance list has {all.GetArrayLength()} rows, expected {expectedCount}");
            }

            var cases = (await client.GetFromJsonAsync<JsonElement>("/api/cases")).GetProperty("items");
            if (cases.GetArrayLength() != expectedCount)
            {
                leaks.Add($"{email}: case list has {cases.GetArrayLength()} rows, expected {expectedCount}");
            }
        }

        Assert.Empty(leaks);
    }

    [Fact]
    public async Task Only_coordinators_change_a_team_and_unknown_users_are_refused_naming_the_entry()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (caseId, _) = await ApiSteps.OpenCaseAsync(manager);

        var byManager = await manager.PutAsJsonAsync($"/api/cases/{caseId}/team", new { members = Array.Empty<object>() });
        var unknown = await coordinator.PutAsJsonAsync($"/api/cases/{caseId}/team", new { members = new[] { new { userId = Guid.NewGuid() } } });

        Assert.Equal(HttpStatusCode.Forbidden, byManager.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("members[0].userId", out _));
        var team = await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/team");
        Assert.Single(team.GetProperty("members").EnumerateArray());

        // Removing the case manager from the team hides the case from them.
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/cases/{caseId}/team", new { members = Array.Empty<object>() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/cases/{caseId}")).StatusCode);
    }

    [Fact]
    public async Task Tasks_of_a_case_outside_the_team_are_neither_listed_nor_readable()
    {
        await TestDefinitions.PublishAsync(Factory, Tasks.TaskFlows.Assessment);
        var other = await Factory.ClientForAsync("casemanager2@astra.local");
        var (otherCase, _) = await ApiSteps.OpenCaseAsync(other);
        await ApiSteps.StartAsync(other, "assessment", otherCase);
        var task = Assert.Single((await other.GetFromJsonAsync<JsonElement>("/api/tasks?queue=available")).GetProperty("items").EnumerateArray());
        var taskId = task.GetProperty("id").GetGuid();

        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        Assert.Empty((await manager.GetFromJsonAsync<JsonElement>("/api/tasks?queue=available")).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/tasks/{taskId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostAsJsonAsync($"/api/tasks/{taskId}/claim", new { revision = task.GetProperty("revision").GetInt32() })).StatusCode);
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/tasks/{taskId}")).StatusCode);
    }

    private static async Task<Guid> OpenCaseWithClientAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/cases", new { client = new { fullName = "Invented Person", nationality = "RS" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task Expect(List<string> leaks, string email, string what, HttpStatusCode expected, HttpResponseMessage response)
    {
        if (response.StatusCode != expected)
        {
            leaks.Add($"{email}: {what} gave {(int)response.StatusCode}, expected {(int)expected}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
