using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Privacy;
using Astra.Workflows.IntegrationTests.Scenarios;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Events;

/// <summary>Issue 13 item 2: system events are the service's own; user events are only those a published definition declares, for its roles.</summary>
public sealed class EventForgeryTests(AstraApiFactory factory) : ApiTest(factory)
{
    private static readonly string[] Preparation = ["arrange-escort", "book-interpreter", "prepare-client", "protective-measures"];

    private const string DeclaredFlow = """
        {
          "schemaVersion": 1, "definitionId": "centre-decision", "name": "Wait for the centre",
          "events": [{ "name": "centre-decided", "roles": ["Coordinator"] }],
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "wait", "type": "event.wait", "inputs": { "event": "centre-decided" } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [{ "from": "start", "to": "wait" }, { "from": "wait", "to": "end" }]
        }
        """;

    [Fact]
    public async Task A_team_member_cannot_cancel_a_hearing_or_close_a_deadline_through_the_events_API()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("court-proceedings", asUser: Lawyer);
        await s.CompleteAsync("register-proceeding", data: new { court = "Basic Court (fictional)", caseNumber = "K 9/26", clientRole = "witness", kind = "criminal" });
        await s.RaiseSystemEventAsync("HearingScheduled", new { date = OrganisationTime.Today(Factory.Clock).AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(Preparation, await s.OpenTaskTypesAsync());

        foreach (var (email, name) in new[]
        {
            (CaseManager, "HearingCancelled"), (Coordinator, "HearingCancelled"), (CaseManager, "hearingcancelled"),
            (Lawyer, "HearingRescheduled"), (CaseManager, $"LegalDeadline:{Guid.NewGuid():D}"),
        })
        {
            var client = await Factory.ClientForAsync(email);
            var response = await client.PostAsJsonAsync("/api/events", new { name, caseId = s.CaseId, payload = new { } });

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(name, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal(name, problem.GetProperty("name").GetString());
        }

        Assert.Equal(Preparation, await s.OpenTaskTypesAsync());
        var refused = (await PrivacyApi.AuditAsync(Factory, "event.raise")).Where(r => r.Reason?.Contains(s.CaseId.ToString("D"), StringComparison.Ordinal) == true).ToList();
        Assert.Equal(5, refused.Count);
        Assert.All(refused, r => Assert.Equal("forbidden", r.Outcome));
    }

    [Fact]
    public async Task Only_declared_events_can_be_raised_and_only_by_the_declared_roles()
    {
        await TestDefinitions.PublishAsync(Factory, DeclaredFlow);
        var manager = await Factory.ClientForAsync(CaseManager);
        var (caseId, code) = await ApiSteps.OpenCaseAsync(manager);
        var instanceId = (await ApiSteps.StartAsync(manager, "centre-decision", caseId)).GetProperty("id").GetGuid();

        var undeclared = await manager.PostAsJsonAsync("/api/events", new { name = "anything-at-all", caseId });
        Assert.Equal(HttpStatusCode.BadRequest, undeclared.StatusCode);
        Assert.Contains("anything-at-all", (await undeclared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("name")[0].GetString(), StringComparison.Ordinal);

        var wrongRole = await manager.PostAsJsonAsync("/api/events", new { name = "centre-decided", caseId });
        Assert.Equal(HttpStatusCode.Forbidden, wrongRole.StatusCode);
        var problem = await wrongRole.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("centre-decided", problem.GetProperty("name").GetString());
        Assert.Contains("Coordinator", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Waiting", (await ApiSteps.GetInstanceAsync(manager, instanceId)).GetProperty("status").GetString());

        var coordinator = await Factory.ClientForAsync(Coordinator);
        var allowed = await coordinator.PostAsJsonAsync("/api/events", new { name = "centre-decided", caseId });
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(1, (await allowed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resumed").GetInt32());
        Assert.Equal("Completed", (await ApiSteps.GetInstanceAsync(manager, instanceId)).GetProperty("status").GetString());

        var audited = Assert.Single(await PrivacyApi.AuditAsync(Factory, "event.raise"), r => r.CaseId == caseId);
        Assert.Equal(("ok", code, "resumed 1"), (audited.Outcome, audited.CaseCode, audited.Reason));
        Assert.NotNull(audited.UserId);
    }

    [Fact]
    public async Task A_definition_cannot_declare_a_system_event_or_an_unknown_role_and_unknown_keys_stay_errors()
    {
        var coordinator = await Factory.ClientForAsync(Coordinator);
        var reserved = DeclaredFlow
            .Replace("\"definitionId\": \"centre-decision\"", "\"definitionId\": \"forged-hearing\"", StringComparison.Ordinal)
            .Replace("""[{ "name": "centre-decided", "roles": ["Coordinator"] }]""", """[{ "name": "centre-decided", "roles": ["Boss"] }, { "name": "HearingCancelled", "roles": ["Coordinator"] }], "startRoles": ["Janitor"]""", StringComparison.Ordinal);

        var response = await coordinator.PutAsync("/api/definitions/forged-hearing", Definitions.DefinitionJson.Body(reserved));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("message").GetString()!).ToList();
        Assert.Contains(messages, m => m.StartsWith("events[1].name", StringComparison.Ordinal) && m.Contains("HearingCancelled", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("events[0].roles[0]", StringComparison.Ordinal) && m.Contains("Boss", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("startRoles[0]", StringComparison.Ordinal) && m.Contains("Janitor", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/api/definitions/forged-hearing")).StatusCode);

        var typo = DeclaredFlow.Replace("\"roles\": [\"Coordinator\"]", "\"roles\": [\"Coordinator\"], \"colour\": \"red\"", StringComparison.Ordinal);
        var unknownKey = await coordinator.PutAsync("/api/definitions/centre-decision", Definitions.DefinitionJson.Body(typo));
        Assert.Equal(HttpStatusCode.BadRequest, unknownKey.StatusCode);
        Assert.Contains("colour", (await unknownKey.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
