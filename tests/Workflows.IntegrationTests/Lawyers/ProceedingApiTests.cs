using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using static Astra.Workflows.IntegrationTests.Lawyers.LawyerSteps;

namespace Astra.Workflows.IntegrationTests.Lawyers;

public sealed class ProceedingApiTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string HearingsWorkflow = """
        {
          "schemaVersion": 1, "definitionId": "court-hearings", "name": "Follow a hearing",
          "variables": [ { "name": "hearing" } ],
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "scheduled", "type": "event.wait", "inputs": { "event": "HearingScheduled", "resultVariable": "hearing" } },
            { "id": "rescheduled", "type": "event.wait", "inputs": { "event": "HearingRescheduled", "resultVariable": "hearing" } },
            { "id": "cancelled", "type": "event.wait", "inputs": { "event": "HearingCancelled", "resultVariable": "hearing" } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [
            { "from": "start", "to": "scheduled" }, { "from": "scheduled", "to": "rescheduled" },
            { "from": "rescheduled", "to": "cancelled" }, { "from": "cancelled", "to": "end" }
          ]
        }
        """;

    [Fact]
    public async Task Naming_lawyers_adds_them_to_the_case_team_and_bad_fields_are_named()
    {
        var coordinator = await Factory.ClientForAsync(Coordinator);
        var (caseId, _) = await ApiSteps.OpenCaseAsync(coordinator);
        var lawyer2 = await Factory.ClientForAsync(Lawyer2);
        Assert.Equal(HttpStatusCode.NotFound, (await lawyer2.GetAsync($"/api/cases/{caseId}")).StatusCode);

        var errors = await ErrorsAsync(await coordinator.PostAsJsonAsync($"/api/cases/{caseId}/proceedings", new
        {
            kind = "divine", court = "", clientRole = "victim", leadLawyerId = await UserIdAsync(Factory, CaseManager),
        }));
        Assert.True(errors.TryGetProperty("kind", out _));
        Assert.True(errors.TryGetProperty("court", out _));
        Assert.True(errors.TryGetProperty("clientRole", out _));
        Assert.True(errors.TryGetProperty("leadLawyerId", out _));

        var created = await coordinator.PostAsJsonAsync($"/api/cases/{caseId}/proceedings", new
        {
            kind = "civil", court = "Basic Court in Novi Sad", courtCaseNumber = "P-9/26", clientRole = "plaintiff",
            leadLawyerId = await UserIdAsync(Factory, Lawyer), lawyerIds = new[] { await UserIdAsync(Factory, Lawyer2) },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var proceeding = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, proceeding.GetProperty("lawyerIds").GetArrayLength());
        Assert.Equal("open", proceeding.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await lawyer2.GetAsync($"/api/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lawyer2.GetAsync($"/api/proceedings/{proceeding.GetProperty("id").GetGuid()}")).StatusCode);

        var noOffset = await lawyer2.PostAsJsonAsync($"/api/proceedings/{proceeding.GetProperty("id").GetGuid()}/hearings", new { startsAt = "2027-03-04T09:30:00", kind = "preliminary" });
        Assert.True((await ErrorsAsync(noOffset)).TryGetProperty("startsAt", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync($"/api/cases/{Guid.NewGuid()}/proceedings", new { kind = "civil" })).StatusCode);
    }

    [Fact]
    public async Task Hearing_events_reach_a_workflow_of_the_case_waiting_for_them()
    {
        await TestDefinitions.PublishAsync(Factory, HearingsWorkflow);
        var (caseId, _, proceedingId) = await OpenProceedingAsync(Factory);
        var coordinator = await Factory.ClientForAsync(Coordinator);
        var instanceId = (await ApiSteps.StartAsync(coordinator, "court-hearings", caseId)).GetProperty("id").GetGuid();
        var lawyer = await Factory.ClientForAsync(Lawyer);

        var id = (await ScheduleAsync(lawyer, proceedingId, Factory.Clock.GetUtcNow().AddDays(30))).GetProperty("id").GetGuid();
        var afterScheduled = await ApiSteps.GetInstanceAsync(coordinator, instanceId);
        Assert.Equal(["start", "scheduled"], ApiSteps.Trail(afterScheduled));
        Assert.Equal(id, afterScheduled.GetProperty("variables").GetProperty("hearing").GetProperty("hearingId").GetGuid());

        await lawyer.PutAsJsonAsync($"/api/hearings/{id}", new { startsAt = Iso(Factory.Clock.GetUtcNow().AddDays(31)), kind = "mainTrial", confirmNonWorkingDay = true });
        await lawyer.PostAsync($"/api/hearings/{id}/cancel", null);

        var done = await ApiSteps.GetInstanceAsync(coordinator, instanceId);
        Assert.Equal("Completed", done.GetProperty("status").GetString());
        Assert.Equal(["start", "scheduled", "rescheduled", "cancelled", "end"], ApiSteps.Trail(done));
        Assert.Equal("cancelled", done.GetProperty("variables").GetProperty("hearing").GetProperty("status").GetString());
    }
}
