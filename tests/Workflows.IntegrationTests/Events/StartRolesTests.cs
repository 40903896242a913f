using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Definitions;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Privacy;
using Astra.Workflows.IntegrationTests.Scenarios;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Events;

/// <summary>Issue 13 item 9 (start roles) and item 7 (starts and publishes are audited).</summary>
public sealed class StartRolesTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_case_manager_cannot_start_court_proceedings_a_lawyer_can_and_both_are_audited()
    {
        var s = await Scenario.OpenAsync(Factory);
        var manager = await Factory.ClientForAsync(CaseManager);

        var refused = await manager.PostAsJsonAsync("/api/instances", new { definitionId = "court-proceedings", caseId = s.CaseId, input = new { } });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("court-proceedings", problem.GetProperty("definitionId").GetString());
        Assert.Contains("court-proceedings", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await s.InstancesAsync());

        var id = await s.StartAsync("court-proceedings", asUser: Lawyer);
        var started = Assert.Single(await PrivacyApi.AuditAsync(Factory, "instance.start"), r => r.CaseId == s.CaseId);
        Assert.Equal(("ok", s.Code), (started.Outcome, started.CaseCode));
        Assert.StartsWith("court-proceedings v", started.Reason, StringComparison.Ordinal);
        Assert.Equal(await Lawyers.LawyerSteps.UserIdAsync(Factory, Lawyer), started.UserId);
        Assert.Contains(await PrivacyApi.AuditAsync(Factory, "instance.start"), r => r.Outcome == "forbidden" && r.Reason == "court-proceedings: role not allowed");
        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public async Task Publishing_a_definition_is_audited_in_its_transaction()
    {
        var coordinator = await Factory.ClientForAsync(Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsync("/api/definitions/audited-publish", DefinitionJson.Body(DefinitionJson.Valid("audited-publish")))).StatusCode);

        var published = await coordinator.PostAsync("/api/definitions/audited-publish/publish", null);
        var again = await coordinator.PostAsync("/api/definitions/audited-publish/publish", null);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var row = Assert.Single(await PrivacyApi.AuditAsync(Factory, "definition.publish"), r => r.Reason == "audited-publish v1");
        Assert.Equal("ok", row.Outcome);
        Assert.NotNull(row.UserId);
    }
}
