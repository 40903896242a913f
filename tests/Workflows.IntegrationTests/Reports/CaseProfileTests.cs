using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Privacy;
using static Astra.Workflows.IntegrationTests.Reports.ReportSteps;

namespace Astra.Workflows.IntegrationTests.Reports;

public sealed class CaseProfileTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task The_team_sets_and_reads_the_coded_profile_and_both_are_audited()
    {
        var manager = await Factory.ClientForAsync(CaseManager);
        var (caseId, code) = await ApiSteps.OpenCaseAsync(manager);

        var empty = await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/profile");
        Assert.Equal("unknown", empty.GetProperty("sex").GetString());
        Assert.Equal("potential", empty.GetProperty("identification").GetProperty("status").GetString());
        Assert.Equal(0, empty.GetProperty("exploitation").GetArrayLength());

        var put = await manager.PutAsJsonAsync($"/api/cases/{caseId}/profile", Profile(exploitation: ["labour", "begging"], citizenship: "UA"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var read = await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/profile");
        Assert.Equal("female", read.GetProperty("sex").GetString());
        Assert.Equal("25-34", read.GetProperty("ageGroup").GetString());
        Assert.Equal("UA", read.GetProperty("citizenship").GetString());
        Assert.Equal(["labour", "begging"], read.GetProperty("exploitation").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("international", read.GetProperty("place").GetString());
        var identification = read.GetProperty("identification");
        Assert.Equal("formallyIdentified", identification.GetProperty("status").GetString());
        Assert.Equal("2026-03-02", identification.GetProperty("on").GetString());
        Assert.Equal("stateCentre", identification.GetProperty("by").GetString());
        Assert.Equal("police", read.GetProperty("referralSource").GetString());
        // Exactly the shape: nothing else (no identity, no case code) in the answer.
        Assert.Equal(["sex", "ageGroup", "citizenship", "exploitation", "place", "identification", "referralSource"], read.EnumerateObject().Select(p => p.Name));

        var set = Assert.Single(await PrivacyApi.AuditAsync(Factory, "case.profile.set"));
        Assert.Equal(caseId, set.CaseId);
        Assert.Equal(code, set.CaseCode);
        Assert.Equal(2, (await PrivacyApi.AuditAsync(Factory, "case.profile.read")).Count(r => r.CaseId == caseId));
    }

    [Theory]
    [InlineData("sex", """{"sex":"woman","ageGroup":"18-24","citizenship":null,"exploitation":[],"place":null,"identification":{"status":"potential"},"referralSource":null}""")]
    [InlineData("ageGroup", """{"sex":"male","ageGroup":"18-25","citizenship":null,"exploitation":[],"place":null,"identification":{"status":"potential"},"referralSource":null}""")]
    [InlineData("citizenship", """{"sex":"male","ageGroup":"18-24","citizenship":"SRB","exploitation":[],"place":null,"identification":{"status":"potential"},"referralSource":null}""")]
    [InlineData("exploitation[1]", """{"sex":"male","ageGroup":"18-24","citizenship":"RS","exploitation":["labour","slavery"],"place":null,"identification":{"status":"potential"},"referralSource":null}""")]
    [InlineData("place", """{"sex":"male","ageGroup":"18-24","citizenship":"RS","exploitation":[],"place":"abroad","identification":{"status":"potential"},"referralSource":null}""")]
    [InlineData("identification.status", """{"sex":"male","ageGroup":"18-24","citizenship":"RS","exploitation":[],"place":null,"identification":{"status":"identified"},"referralSource":null}""")]
    [InlineData("identification.by", """{"sex":"male","ageGroup":"18-24","citizenship":"RS","exploitation":[],"place":null,"identification":{"status":"formallyIdentified","on":"2026-01-05","by":"court"},"referralSource":null}""")]
    [InlineData("identification.on", """{"sex":"male","ageGroup":"18-24","citizenship":"RS","exploitation":[],"place":null,"identification":{"status":"formallyIdentified","by":"socialWork"},"referralSource":null}""")]
    [InlineData("referralSource", """{"sex":"male","ageGroup":"18-24","citizenship":"RS","exploitation":[],"place":null,"identification":{"status":"potential"},"referralSource":"friend"}""")]
    [InlineData("identification", """{"sex":"male","ageGroup":"18-24","citizenship":"RS","exploitation":[]}""")]
    public async Task An_unknown_code_is_a_400_naming_the_field_and_nothing_changes(string field, string body)
    {
        var manager = await Factory.ClientForAsync(CaseManager);
        var (caseId, _) = await ApiSteps.OpenCaseAsync(manager);
        (await manager.PutAsJsonAsync($"/api/cases/{caseId}/profile", Profile(sex: "male"))).EnsureSuccessStatusCode();

        var response = await manager.PutAsync($"/api/cases/{caseId}/profile", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors name {field}: {problem}");
        var kept = await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/profile");
        Assert.Equal("male", kept.GetProperty("sex").GetString());
        Assert.Equal("25-34", kept.GetProperty("ageGroup").GetString());
    }

    [Fact]
    public async Task Outside_the_team_the_profile_is_404_and_the_director_reads_but_may_not_change_it()
    {
        var manager = await Factory.ClientForAsync(CaseManager);
        var (caseId, _) = await ApiSteps.OpenCaseAsync(manager);
        (await manager.PutAsJsonAsync($"/api/cases/{caseId}/profile", Profile())).EnsureSuccessStatusCode();

        var other = await Factory.ClientForAsync("casemanager2@astra.local");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{caseId}/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/cases/{caseId}/profile", Profile(sex: "male"))).StatusCode);
        var director = await Factory.ClientForAsync(Director);
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync($"/api/cases/{caseId}/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await director.PutAsJsonAsync($"/api/cases/{caseId}/profile", Profile(sex: "male"))).StatusCode);
        var coordinator = await Factory.ClientForAsync(Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/cases/{caseId}/profile", Profile(sex: "male"))).StatusCode);
        Assert.Equal("male", (await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/profile")).GetProperty("sex").GetString());
    }

    private const string FillsProfile = """
        {
          "schemaVersion": 1, "definitionId": "profile-fill", "name": "Fill the profile",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "first", "type": "case.profile.set", "inputs": { "profile": { "sex": "female", "ageGroup": "14-17", "exploitation": ["sexual"] } } },
            { "id": "decided", "type": "case.profile.set",
              "inputs": { "profile": { "js": "({ identification: { status: 'formallyIdentified', on: '2026-02-10', by: 'socialWork' } })" } } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [ { "from": "start", "to": "first" }, { "from": "first", "to": "decided" }, { "from": "decided", "to": "end" } ]
        }
        """;

    [Fact]
    public async Task A_workflow_fills_the_profile_field_by_field_through_case_profile_set()
    {
        await TestDefinitions.PublishAsync(Factory, FillsProfile);
        var manager = await Factory.ClientForAsync(CaseManager);
        var (caseId, _) = await ApiSteps.OpenCaseAsync(manager);

        var instance = await ApiSteps.StartAsync(manager, "profile-fill", caseId);

        Assert.Equal("Completed", instance.GetProperty("status").GetString());
        var profile = await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/profile");
        Assert.Equal("female", profile.GetProperty("sex").GetString());
        Assert.Equal("14-17", profile.GetProperty("ageGroup").GetString());
        Assert.Equal(["sexual"], profile.GetProperty("exploitation").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("socialWork", profile.GetProperty("identification").GetProperty("by").GetString());
        Assert.Equal("2026-02-10", profile.GetProperty("identification").GetProperty("on").GetString());
    }

    [Fact]
    public async Task A_workflow_giving_an_unknown_code_faults_naming_the_field_and_writes_nothing()
    {
        // Its own definition id: the engine caches published versions by id and version across the tests' resets.
        await TestDefinitions.PublishAsync(Factory, FillsProfile.Replace("\"14-17\"", "\"teen\"", StringComparison.Ordinal).Replace("profile-fill", "profile-fill-bad", StringComparison.Ordinal));
        var manager = await Factory.ClientForAsync(CaseManager);
        var (caseId, _) = await ApiSteps.OpenCaseAsync(manager);

        var instance = await ApiSteps.StartAsync(manager, "profile-fill-bad", caseId);

        Assert.Equal("Faulted", instance.GetProperty("status").GetString());
        var read = await ApiSteps.GetInstanceAsync(manager, instance.GetProperty("id").GetGuid());
        var incident = Assert.Single(read.GetProperty("incidents").EnumerateArray());
        Assert.Contains("ageGroup", incident.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("unknown", (await manager.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/profile")).GetProperty("sex").GetString());
    }
}
