using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Lawyers;
using Astra.Workflows.IntegrationTests.Tasks;

namespace Astra.Workflows.IntegrationTests.Privacy;

/// <summary>Every change to and every read of case data leaves a row naming the case (issue 13, item 7).</summary>
public sealed class AuditCoverageTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Claiming_releasing_assigning_and_completing_a_task_are_recorded_with_its_case()
    {
        var caseManager = await Factory.ClientForAsync(LawyerSteps.CaseManager);
        var (code, _) = await TaskSteps.StartAssessmentAsync(Factory, caseManager);
        var id = (await TaskSteps.SingleAvailableAsync(caseManager)).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.PostAsync(caseManager, id, "claim")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.PostAsync(caseManager, id, "release")).StatusCode);
        var coordinator = await Factory.ClientForAsync(LawyerSteps.Coordinator);
        var me = await PrivacyApi.MeAsync(caseManager);
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.PostAsync(coordinator, id, "assign", new { userId = me })).StatusCode);
        var revision = (await TaskSteps.GetAsync(caseManager, id)).GetProperty("revision").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await TaskSteps.CompleteAsync(caseManager, id, new { outcome = "Accepted", data = new { court = "Niš", hearings = 1, track = "legal" }, revision })).StatusCode);

        foreach (var action in new[] { "task.claim", "task.release", "task.assign", "task.complete" })
        {
            var row = Assert.Single(await PrivacyApi.AuditAsync(Factory, action));
            Assert.Equal(code, row.CaseCode);
            Assert.NotNull(row.CaseId);
        }

        Assert.Equal(await PrivacyApi.MeAsync(coordinator), Assert.Single(await PrivacyApi.AuditAsync(Factory, "task.assign")).UserId);
    }

    [Fact]
    public async Task Team_changes_and_consent_reads_are_recorded()
    {
        var coordinator = await Factory.ClientForAsync(LawyerSteps.Coordinator);
        var caseManager = await Factory.ClientForAsync(LawyerSteps.CaseManager);
        var (id, code) = await PrivacyApi.CreateCaseAsync(coordinator, null);

        await PrivacyApi.SetTeamAsync(coordinator, id, caseManager);
        Assert.Equal(HttpStatusCode.OK, (await caseManager.GetAsync($"/api/cases/{id}/consents")).StatusCode);

        var team = Assert.Single(await PrivacyApi.AuditAsync(Factory, "team.change"));
        Assert.Equal((id, code), (team.CaseId!.Value, team.CaseCode));
        Assert.Equal(await PrivacyApi.MeAsync(coordinator), team.UserId);
        var consent = Assert.Single(await PrivacyApi.AuditAsync(Factory, "consent.read"));
        Assert.Equal((id, code), (consent.CaseId!.Value, consent.CaseCode));
        Assert.Equal(await PrivacyApi.MeAsync(caseManager), consent.UserId);
    }

    [Fact]
    public async Task Proceedings_hearings_and_deadlines_are_recorded_when_read_and_when_changed()
    {
        var (caseId, code, proceedingId) = await LawyerSteps.OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(LawyerSteps.Lawyer);
        var hearing = await LawyerSteps.ScheduleAsync(lawyer, proceedingId, Factory.Clock.GetUtcNow().AddDays(20));
        var hearingId = hearing.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await lawyer.GetAsync($"/api/proceedings/{proceedingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lawyer.GetAsync($"/api/hearings/{hearingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lawyer.GetAsync("/api/hearings")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lawyer.PostAsync($"/api/hearings/{hearingId}/cancel", null)).StatusCode);
        var created = await lawyer.PostAsJsonAsync($"/api/proceedings/{proceedingId}/deadlines", new { kind = "objection-prosecutor-dismissal", servedOn = OrganisationTime.Today(Factory.Clock) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var deadlineId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await lawyer.GetAsync("/api/deadlines")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lawyer.PostAsync($"/api/deadlines/{deadlineId}/complete", null)).StatusCode);

        foreach (var action in new[]
                 {
                     "proceeding.create", "proceeding.read", "hearing.schedule", "hearing.read", "hearing.list", "hearing.cancel",
                     "deadline.create", "deadline.list", "deadline.complete",
                 })
        {
            var row = Assert.Single(await PrivacyApi.AuditAsync(Factory, action));
            Assert.Equal((caseId, code), (row.CaseId!.Value, row.CaseCode));
        }
    }

    [Fact]
    public async Task The_audit_list_is_newest_first_and_filters_by_case_code_and_action()
    {
        var coordinator = await Factory.ClientForAsync(LawyerSteps.Coordinator);
        var (first, firstCode) = await PrivacyApi.CreateCaseAsync(coordinator, PrivacyApi.Client());
        await PrivacyApi.CreateCaseAsync(coordinator, null);
        await coordinator.PostAsJsonAsync($"/api/cases/{first}/client/reveal", new { reason = "Preparing the court hearing" });
        var admin = await Factory.ClientForAsync("admin@astra.local");

        var byCode = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/audit?caseCode={Uri.EscapeDataString(firstCode.ToLowerInvariant())}");
        Assert.Equal(["client.reveal", "client.create", "case.create"], byCode.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        var ids = byCode.EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
        var older = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/audit?caseCode={firstCode}&beforeId={ids[0]}&limit=1");
        Assert.Equal(ids[1], Assert.Single(older.EnumerateArray()).GetProperty("id").GetInt64());
        var reveals = await admin.GetFromJsonAsync<JsonElement>("/api/admin/audit?action=client.reveal");
        Assert.Equal(first, Assert.Single(reveals.EnumerateArray()).GetProperty("caseId").GetGuid());
        var tooLong = await admin.GetAsync($"/api/admin/audit?caseCode={new string('A', 40)}");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("caseCode", out _));
    }
}
