using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Lawyers;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Cases;

public sealed class CaseDetailTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task The_detail_shows_team_open_tasks_proceedings_with_hearings_and_deadlines_and_the_timeline_without_the_client()
    {
        var coordinator = await Factory.ClientForAsync(Coordinator);
        var opened = await coordinator.PostAsJsonAsync("/api/cases", new { client = new { fullName = "Invented Person", nationality = "RS" } });
        var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var managerId = await LawyerSteps.UserIdAsync(Factory, CaseManager);
        var lawyerId = await LawyerSteps.UserIdAsync(Factory, Lawyer);
        (await coordinator.PutAsJsonAsync($"/api/cases/{caseId}/team", new { members = new[] { new { userId = managerId } } })).EnsureSuccessStatusCode();
        await TestDefinitions.PublishAsync(Factory, Tasks.TaskFlows.Assessment);
        var instanceId = (await Engine.ApiSteps.StartAsync(coordinator, "assessment", caseId)).GetProperty("id").GetGuid();

        var proceeding = await coordinator.PostAsJsonAsync($"/api/cases/{caseId}/proceedings", new
        {
            kind = "criminal", court = "Viši sud u Beogradu", courtCaseNumber = "K-7/26", clientRole = "injuredParty", leadLawyerId = lawyerId,
        });
        Assert.Equal(HttpStatusCode.Created, proceeding.StatusCode);
        var proceedingId = (await proceeding.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var hearing = await LawyerSteps.ScheduleAsync(coordinator, proceedingId, Factory.Clock.GetUtcNow().AddDays(9));
        var servedOn = OrganisationTime.Today(Factory.Clock).AddDays(-2);
        var deadline = await coordinator.PostAsJsonAsync($"/api/proceedings/{proceedingId}/deadlines", new { kind = "criminal-appeal", servedOn });
        Assert.Equal(HttpStatusCode.Created, deadline.StatusCode);

        var manager = await Factory.ClientForAsync(CaseManager);
        var response = await manager.GetAsync($"/api/cases/{caseId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(raw).RootElement;

        // Existing fields stay.
        Assert.Equal(caseId, body.GetProperty("id").GetGuid());
        Assert.Equal(instanceId, Assert.Single(body.GetProperty("instances").EnumerateArray()).GetProperty("id").GetGuid());

        var team = body.GetProperty("team").EnumerateArray().ToList();
        Assert.Equal(2, team.Count);
        var lawyer = team.Single(m => m.GetProperty("userId").GetGuid() == lawyerId);
        Assert.Equal("Demo Lawyer", lawyer.GetProperty("displayName").GetString());
        Assert.Equal(["Lawyer"], lawyer.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains(team, m => m.GetProperty("userId").GetGuid() == managerId);

        var task = Assert.Single(body.GetProperty("openTasks").EnumerateArray());
        Assert.Equal("needs-assessment", task.GetProperty("taskType").GetString());
        Assert.Equal("CaseManager", task.GetProperty("role").GetString());
        Assert.Equal("open", task.GetProperty("status").GetString());
        Assert.Equal(0, task.GetProperty("escalationLevel").GetInt32());
        Assert.Equal(JsonValueKind.String, task.GetProperty("dueAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, task.GetProperty("assigneeId").ValueKind);

        var registered = Assert.Single(body.GetProperty("proceedings").EnumerateArray());
        Assert.Equal(proceedingId, registered.GetProperty("id").GetGuid());
        Assert.Equal("Viši sud u Beogradu", registered.GetProperty("court").GetString());
        Assert.Equal("criminal", registered.GetProperty("kind").GetString());
        Assert.Equal("K-7/26", registered.GetProperty("courtCaseNumber").GetString());
        Assert.Equal("open", registered.GetProperty("status").GetString());
        var listedHearing = Assert.Single(registered.GetProperty("hearings").EnumerateArray());
        Assert.Equal(hearing.GetProperty("id").GetGuid(), listedHearing.GetProperty("id").GetGuid());
        Assert.Equal("mainTrial", listedHearing.GetProperty("kind").GetString());
        Assert.Equal("scheduled", listedHearing.GetProperty("status").GetString());
        var listedDeadline = Assert.Single(registered.GetProperty("deadlines").EnumerateArray());
        Assert.True(listedDeadline.GetProperty("hard").GetBoolean());
        Assert.Equal("open", listedDeadline.GetProperty("status").GetString());

        var timeline = body.GetProperty("timeline").EnumerateArray().ToList();
        Assert.NotEmpty(timeline);
        Assert.All(timeline, e => Assert.Equal("assessment", e.GetProperty("definitionId").GetString()));
        Assert.All(timeline, e => Assert.Equal(instanceId, e.GetProperty("instanceId").GetGuid()));
        var times = timeline.Select(e => e.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.Contains(timeline, e => e.GetProperty("activityId").GetString() == "start");

        // The client's name is on the case (encrypted) and in the task's description: neither is in the detail.
        Assert.DoesNotContain("Invented", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Jelena", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\"message\"", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\"notes\"", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_merges_every_instance_of_the_case_newest_first_capped_at_200()
    {
        var manager = await Factory.ClientForAsync(CaseManager);
        var (caseId, _) = await Engine.ApiSteps.OpenCaseAsync(manager);
        await TestDefinitions.PublishAsync(Factory, Engine.Flows.WaitForEvent);
        var instances = new HashSet<Guid>();
        for (var i = 0; i < 3; i++)
        {
            instances.Add((await Engine.ApiSteps.StartAsync(manager, "wait-event", caseId)).GetProperty("id").GetGuid());
            Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var timeline = (await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}")).GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(instances, timeline.Select(e => e.GetProperty("instanceId").GetGuid()).ToHashSet());
        var times = timeline.Select(e => e.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.True(timeline.Count <= 200);
    }

    [Fact]
    public async Task The_phase_path_is_listed_in_order()
    {
        var body = await (await Factory.ClientForAsync(CaseManager)).GetFromJsonAsync<JsonElement>("/api/cases/phases");
        Assert.Equal(
            ["identification", "emergency", "recovery", "reintegration", "closure"],
            body.GetProperty("phases").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Factory.CreateClient().GetAsync("/api/cases/phases")).StatusCode);
    }
}
