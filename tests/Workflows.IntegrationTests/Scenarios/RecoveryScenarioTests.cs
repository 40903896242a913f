using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Scenarios;

public sealed class RecoveryScenarioTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Plan_returned_then_approved_four_tracks_and_monthly_reviews_run_to_the_90_day_conference_and_reintegration()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("recovery-support-plan");
        Assert.Equal("recovery", await s.PhaseAsync());
        var needs = await s.CompleteAsync("needs-assessment", data: new { summary = "Housing, documents, counselling" });
        Assert.Equal(s.WorkingDaysFromToday(5), needs.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(s.WorkingDaysFromToday(10), (await s.CompleteAsync("draft-support-plan")).GetProperty("dueAt").GetDateTimeOffset());

        var approve = await s.CompleteAsync("approve-support-plan", "Return", new { comments = "Add the documents goal" });
        Assert.Equal("Coordinator", approve.GetProperty("role").GetString());
        await s.CompleteAsync("revise-support-plan");
        await s.CompleteAsync("approve-support-plan", "Approve");
        Assert.Equal(["apply-documents-benefits", "legal-information", "pretest-counselling", "psychological-assessment"], await s.OpenTaskTypesAsync());
        Assert.Equal("Lawyer", (await s.OpenTaskAsync("legal-information")).GetProperty("role").GetString());

        // Medical: counselling and consent, test, result with post-test counselling, linkage to care; no result in any title.
        await s.CompleteAsync("pretest-counselling", "Consented");
        await s.CompleteAsync("arrange-testing");
        var posttest = await s.CompleteAsync("posttest-counselling", "LinkToCare");
        await s.CompleteAsync("linkage-to-care");
        Assert.Equal($"Post-test counselling ({s.Code})", posttest.GetProperty("title").GetString());

        // Legal: representation hands over to court proceedings.
        await s.CompleteAsync("legal-information", "Represent");
        // The power of attorney task finishes with the signed document, uploaded to the case first.
        var signed = await s.UploadForAsync("power-of-attorney", "powerOfAttorney");
        var poa = await s.CompleteAsync("power-of-attorney", data: new { powerOfAttorney = signed });
        Assert.Equal(signed, (await s.TaskAsync(poa.GetProperty("id").GetGuid())).GetProperty("data").GetProperty("powerOfAttorney").GetGuid());
        Assert.Contains(await s.InstancesAsync(), i => i.DefinitionId == "court-proceedings");
        Assert.Equal("Lawyer", (await s.OpenTaskAsync("register-proceeding")).GetProperty("role").GetString());

        await s.CompleteAsync("psychological-assessment");
        await s.CompleteAsync("apply-documents-benefits", data: new { institution = "Centre for Social Work", request = "Child allowance" });

        // Month 1: plan review and the application follow-up naming the institution.
        await s.AdvanceAsync(TimeSpan.FromDays(32));
        Assert.Equal($"Follow up at Centre for Social Work ({s.Code})", (await s.OpenTaskAsync("follow-up-application")).GetProperty("title").GetString());
        await s.CompleteAsync("follow-up-application", "Resolved");
        await s.CompleteAsync("plan-review");
        await s.AdvanceAsync(TimeSpan.FromDays(32));
        await s.CompleteAsync("plan-review");
        await s.AdvanceAsync(TimeSpan.FromDays(32));
        await s.CompleteAsync("plan-review");

        // 90 days: psychological review and the case conference.
        await s.CompleteAsync("psychological-review", "Conclude");
        var conference = await s.OpenTaskAsync("case-conference");
        Assert.Equal("Coordinator", conference.GetProperty("role").GetString());
        await s.CompleteAsync("case-conference", "Reintegration");

        Assert.Equal("Completed", await s.StatusAsync("recovery-support-plan"));
        Assert.Contains(await s.InstancesAsync(), i => i.DefinitionId == "reintegration");
        Assert.Equal("reintegration", await s.PhaseAsync());
    }

    [Fact]
    public async Task An_unapproved_plan_escalates_by_the_organisation_defaults_reminder_coordinator_then_director()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("recovery-support-plan");
        var needs = await s.OpenTaskAsync("needs-assessment");
        var id = needs.GetProperty("id").GetGuid();

        await s.AdvanceToAsync(needs.GetProperty("dueAt").GetDateTimeOffset().AddMinutes(1));
        var escalated = await s.TaskAsync(id);
        Assert.Equal(2, escalated.GetProperty("escalationLevel").GetInt32());
        Assert.Equal("high", escalated.GetProperty("priority").GetString());
        Assert.Contains("notify:Coordinator", escalated.GetProperty("escalations")[1].GetProperty("action").GetString(), StringComparison.Ordinal);

        // One working day overdue: the clock is shared by the collection, so the day may sit before a holiday
        // cluster (New Year to Orthodox Christmas spans up to six days off); step a day at a time.
        for (var day = 0; day < 10 && escalated.GetProperty("escalationLevel").GetInt32() < 3; day++)
        {
            await s.AdvanceAsync(TimeSpan.FromDays(1));
            escalated = await s.TaskAsync(id);
        }

        Assert.Equal(3, escalated.GetProperty("escalationLevel").GetInt32());
        Assert.Contains("notify:Director", escalated.GetProperty("escalations")[2].GetProperty("action").GetString(), StringComparison.Ordinal);
    }
}
