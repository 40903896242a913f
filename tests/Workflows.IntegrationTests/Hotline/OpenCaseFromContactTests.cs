using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using static Astra.Workflows.IntegrationTests.Hotline.HotlineSteps;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Hotline;

public sealed class OpenCaseFromContactTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_contact_in_imminent_danger_opened_as_a_case_has_the_emergency_task_when_the_request_returns()
    {
        await PublishShippedAsync(Factory);
        var hotline = await Factory.ClientForAsync(Operator);
        var earlier = await LogAsync(hotline, new { callerNumber = "+381 63 555 0101", outcome = "informationGiven" });
        Factory.Clock.Advance(TimeSpan.FromDays(3));
        hotline = await Factory.ClientForAsync(Operator);
        var contact = await LogAsync(hotline, new
        {
            callerNumber = "063 555 0101",
            callerType = "potentialVictim",
            topics = new[] { "traffickingIndicators" },
            exploitation = new[] { "labour" },
            countries = new[] { "DE" },
            imminentDanger = true,
            minorInvolved = "no",
            durationMinutes = 12,
            outcome = "referred",
        });
        var id = contact.GetProperty("id").GetGuid();

        var response = await hotline.PostAsJsonAsync($"/api/contacts/{id}/open-case", new { priority = "high" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var opened = await response.Content.ReadFromJsonAsync<JsonElement>();
        var caseId = opened.GetProperty("caseId").GetGuid();
        var caseCode = opened.GetProperty("caseCode").GetString();
        Assert.Equal($"/api/cases/{caseId}", response.Headers.Location?.OriginalString);
        Assert.Equal([contact.GetProperty("code").GetString(), earlier.GetProperty("code").GetString()], opened.GetProperty("linkedContacts").EnumerateArray().Select(c => c.GetString()));

        // Straight after the answer, no waiting: the emergency task, one hour, on-duty coordinator; no "record" task.
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var tasks = Items(await QueueAsync(coordinator, $"queue=all&caseId={caseId}&limit=100"));
        var emergency = Assert.Single(tasks);
        Assert.Equal("emergency-response", emergency.GetProperty("taskType").GetString());
        Assert.Equal("Coordinator", emergency.GetProperty("role").GetString());
        Assert.Equal("urgent", emergency.GetProperty("priority").GetString());
        Assert.Equal(Factory.Clock.GetUtcNow().AddHours(1), emergency.GetProperty("dueAt").GetDateTimeOffset());
        var instance = await coordinator.GetFromJsonAsync<JsonElement>($"/api/instances/{opened.GetProperty("instanceId").GetGuid()}");
        Assert.Equal("hotline-triage", instance.GetProperty("definitionId").GetString());
        Assert.Equal("Waiting", instance.GetProperty("status").GetString());

        // The contact and the caller's earlier one carry the case; the contact's outcome and history say so.
        var read = await ContactAsync(hotline, id);
        Assert.Equal(caseCode, read.GetProperty("caseCode").GetString());
        Assert.Equal("caseOpened", read.GetProperty("outcome").GetString());
        Assert.True(read.GetProperty("triageStarted").GetBoolean());
        Assert.Equal("case opened", read.GetProperty("history")[0].GetProperty("reason").GetString());
        Assert.Equal(caseCode, (await ContactAsync(hotline, earlier.GetProperty("id").GetGuid())).GetProperty("caseCode").GetString());

        // Opening twice is a conflict that names the case.
        var again = await hotline.PostAsJsonAsync($"/api/contacts/{id}/open-case", new { });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(caseCode, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseCode").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await hotline.PostAsJsonAsync($"/api/contacts/{id}/open-case", new { priority = "asap" })).StatusCode);
    }

    [Fact]
    public async Task The_next_call_shows_the_case_code_to_an_operator_who_still_cannot_open_the_case()
    {
        await PublishShippedAsync(Factory);
        var hotline = await Factory.ClientForAsync(Operator);
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var contact = await LogAsync(manager, new { callerNumber = "065 444 3322", topics = new[] { "traffickingIndicators" }, minorInvolved = "yes" });
        var opened = await (await manager.PostAsJsonAsync($"/api/contacts/{contact.GetProperty("id").GetGuid()}/open-case", new { foreignNational = true })).Content.ReadFromJsonAsync<JsonElement>();
        var caseId = opened.GetProperty("caseId").GetGuid();
        // A minor: the emergency branch as well.
        var tasks = Items(await QueueAsync(await Factory.ClientForAsync("coordinator@astra.local"), $"queue=all&caseId={caseId}&limit=100"));
        Assert.Equal("emergency-response", Assert.Single(tasks).GetProperty("taskType").GetString());

        var next = await LogAsync(hotline, new { callerNumber = "+381654443322" });
        Assert.Equal([opened.GetProperty("caseCode").GetString()], next.GetProperty("repeatCaller").GetProperty("caseCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await hotline.GetAsync($"/api/cases/{caseId}")).StatusCode);
    }

    [Fact]
    public async Task An_opening_whose_triage_could_not_start_is_finished_by_the_same_request_again()
    {
        var hotline = await Factory.ClientForAsync(Operator);
        var id = (await LogAsync(hotline, new { topics = new[] { "traffickingIndicators" } })).GetProperty("id").GetGuid();
        // Nothing published yet: the case is open, the triage is not; the answer says how to finish.
        var first = await hotline.PostAsJsonAsync($"/api/contacts/{id}/open-case", new { priority = "low" });
        Assert.Equal(HttpStatusCode.Conflict, first.StatusCode);
        var stuck = await ContactAsync(hotline, id);
        var caseCode = stuck.GetProperty("caseCode").GetString();
        Assert.NotNull(caseCode);
        Assert.False(stuck.GetProperty("triageStarted").GetBoolean());

        await PublishShippedAsync(Factory);
        var second = await hotline.PostAsJsonAsync($"/api/contacts/{id}/open-case", new { priority = "low" });
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var opened = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(caseCode, opened.GetProperty("caseCode").GetString());
        var tasks = Items(await QueueAsync(await Factory.ClientForAsync("coordinator@astra.local"), $"queue=all&caseId={opened.GetProperty("caseId").GetGuid()}&limit=100"));
        var assign = Assert.Single(tasks);
        Assert.Equal("assign-case-manager", assign.GetProperty("taskType").GetString());
        Assert.Equal("low", assign.GetProperty("priority").GetString());
    }
}
