using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Scenarios;

public sealed class ReintegrationScenarioTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Monthly_visits_and_a_three_monthly_reassessment_lead_to_approved_closure_and_follow_up_that_can_reopen()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("reintegration");
        Assert.Equal("reintegration", await s.PhaseAsync());
        var plan = await s.CompleteAsync("reintegration-plan");
        Assert.Equal(s.WorkingDaysFromToday(20), plan.GetProperty("dueAt").GetDateTimeOffset());
        await s.CompleteAsync("approve-reintegration-plan", "Return");
        await s.CompleteAsync("revise-reintegration-plan");
        await s.CompleteAsync("approve-reintegration-plan", "Approve");

        await s.AdvanceAsync(TimeSpan.FromDays(32));
        await s.CompleteAsync("mobile-team-visit", "Continue");
        await s.AdvanceAsync(TimeSpan.FromDays(32));
        await s.CompleteAsync("mobile-team-visit", "Continue");
        await s.AdvanceAsync(TimeSpan.FromDays(32));
        // Three months: the re-assessment finds the client ready; the visit loop stops with it.
        Assert.Equal(["mobile-team-visit", "reassessment"], await s.OpenTaskTypesAsync());
        await s.CompleteAsync("reassessment", "ReadyToClose");
        Assert.Equal(["approve-closure"], await s.OpenTaskTypesAsync());
        await s.CompleteAsync("approve-closure", "Approve", new { noOpenLegalDeadline = true });
        Assert.Equal("closure", await s.PhaseAsync());

        await s.AdvanceAsync(TimeSpan.FromDays(93));
        await s.CompleteAsync("closure-follow-up", "Reopen");
        Assert.Equal("reintegration", await s.PhaseAsync());
        await s.AdvanceAsync(TimeSpan.FromDays(32));
        await s.CompleteAsync("mobile-team-visit", "ReadyToClose");
        await s.CompleteAsync("approve-closure", "Approve", new { noOpenLegalDeadline = true });

        foreach (var days in new[] { 93, 93, 186 })
        {
            await s.AdvanceAsync(TimeSpan.FromDays(days));
            await s.CompleteAsync("closure-follow-up", "Fine");
        }

        Assert.Equal("Completed", await s.StatusAsync("reintegration"));
        Assert.Equal("closure", await s.PhaseAsync());
    }
}
