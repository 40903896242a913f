using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using static Astra.Workflows.IntegrationTests.Lawyers.LawyerSteps;

namespace Astra.Workflows.IntegrationTests.Lawyers;

public sealed class LegalDeadlineActivityTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string WaitForDeadline = """
        {
          "schemaVersion": 1, "definitionId": "wait-deadline", "name": "Wait for a legal deadline",
          "inputs": [ { "name": "deadlineId", "required": true } ],
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "deadline", "type": "legal.deadline", "inputs": { "deadlineId": { "js": "input.deadlineId" } } },
            { "id": "met", "type": "log.note", "inputs": { "text": "met" } },
            { "id": "missed", "type": "log.note", "inputs": { "text": "missed" } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [
            { "from": "start", "to": "deadline" },
            { "from": "deadline", "outcome": "Met", "to": "met" }, { "from": "deadline", "outcome": "Missed", "to": "missed" },
            { "from": "met", "to": "end" }, { "from": "missed", "to": "end" }
          ]
        }
        """;

    [Fact]
    public async Task Legal_deadline_continues_on_Met_when_completed_and_on_Missed_when_its_last_day_ends_open()
    {
        await TestDefinitions.PublishAsync(Factory, WaitForDeadline);
        var (caseId, _, proceedingId) = await OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var today = OrganisationTime.Today(Factory.Clock);
        var met = await CreateAsync(lawyer, proceedingId, "civil-appeal", today);
        var missed = await CreateAsync(lawyer, proceedingId, "small-claims-appeal", today);
        var coordinator = await Factory.ClientForAsync(Coordinator);
        var metInstance = await StartAsync(coordinator, caseId, met.GetProperty("id").GetGuid());
        var missedInstance = await StartAsync(coordinator, caseId, missed.GetProperty("id").GetGuid());

        Assert.Equal(HttpStatusCode.OK, (await lawyer.PostAsync($"/api/deadlines/{met.GetProperty("id").GetGuid()}/complete", null)).StatusCode);
        Assert.Equal(["start", "deadline", "met", "end"], ApiSteps.Trail(await ApiSteps.GetInstanceAsync(coordinator, metInstance)));
        Assert.Equal(["start"], ApiSteps.Trail(await ApiSteps.GetInstanceAsync(coordinator, missedInstance)));

        var dueOn = DateOnly.Parse(missed.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Factory.Clock.Advance(OrganisationTime.EndOfDay(dueOn) - Factory.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        await DispatchForAWhileAsync(Factory);

        coordinator = await Factory.ClientForAsync(Coordinator);
        Assert.Equal(["start", "deadline", "missed", "end"], ApiSteps.Trail(await ApiSteps.GetInstanceAsync(coordinator, missedInstance)));
        var list = await coordinator.GetFromJsonAsync<JsonElement>("/api/deadlines");
        Assert.Equal(["completed", "missed"], list.EnumerateArray().Select(d => d.GetProperty("status").GetString()).Order());
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, Guid proceedingId, string kind, DateOnly servedOn)
    {
        var response = await client.PostAsJsonAsync($"/api/proceedings/{proceedingId}/deadlines", new { kind, servedOn });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<Guid> StartAsync(HttpClient client, Guid caseId, Guid deadlineId)
    {
        var response = await client.PostAsJsonAsync("/api/instances", new { definitionId = "wait-deadline", caseId, input = new { deadlineId } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
