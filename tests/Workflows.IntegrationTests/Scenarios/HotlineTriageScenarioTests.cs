using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Scenarios;

public sealed class HotlineTriageScenarioTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Suspected_trafficking_of_medium_priority_gets_a_case_manager_within_two_working_days_and_hands_over_to_identification()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("hotline-triage");
        Assert.Equal("identification", await s.PhaseAsync());

        // Started by hand, without a screening from the contact log: no "record" task, a case manager screens first.
        var screen = await s.CompleteAsync("screen-contact", data: new { traffickingIndicators = true, foreignNational = true, priority = "medium" });
        Assert.Equal("CaseManager", screen.GetProperty("role").GetString());
        Assert.Equal($"Screen hotline contact ({s.Code})", screen.GetProperty("title").GetString());
        Assert.Equal(s.Now.AddHours(4), screen.GetProperty("dueAt").GetDateTimeOffset());
        var assign = await s.OpenTaskAsync("assign-case-manager");
        Assert.Equal("Coordinator", assign.GetProperty("role").GetString());
        Assert.Equal(s.WorkingDaysFromToday(2), assign.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("normal", assign.GetProperty("priority").GetString());
        await s.CompleteAsync("assign-case-manager");

        Assert.Equal("Completed", await s.StatusAsync("hotline-triage"));
        Assert.NotEqual("Completed", await s.StatusAsync("identification-emergency"));
        // The hand-off carried the screening: a foreign national gets an interpreter before the first interview.
        Assert.Equal(["book-interpreter", "record-consent", "risk-assessment"], await s.OpenTaskTypesAsync());
        Assert.Equal("emergency", await s.PhaseAsync());
    }

    [Fact]
    public async Task High_priority_not_assigned_in_two_hours_goes_to_the_coordinator_with_raised_priority_and_in_four_to_the_director()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("hotline-triage");
        await s.CompleteAsync("screen-contact", data: new { traffickingIndicators = true, priority = "high" });
        var assign = await s.OpenTaskAsync("assign-case-manager");
        var id = assign.GetProperty("id").GetGuid();
        Assert.Equal(s.Now.AddHours(2), assign.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("high", assign.GetProperty("priority").GetString());

        await s.AdvanceAsync(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        var escalated = await s.TaskAsync(id);
        Assert.Equal(1, escalated.GetProperty("escalationLevel").GetInt32());
        Assert.Equal("urgent", escalated.GetProperty("priority").GetString());
        Assert.Contains("notify:Coordinator", escalated.GetProperty("escalations")[0].GetProperty("action").GetString(), StringComparison.Ordinal);

        await s.AdvanceAsync(TimeSpan.FromHours(2));
        escalated = await s.TaskAsync(id);
        Assert.Equal(2, escalated.GetProperty("escalationLevel").GetInt32());
        Assert.Contains("notify:Director", escalated.GetProperty("escalations")[1].GetProperty("action").GetString(), StringComparison.Ordinal);

        await s.CompleteAsync("assign-case-manager");
        Assert.Equal("Completed", await s.StatusAsync("hotline-triage"));
        Assert.Equal(["record-consent", "risk-assessment"], await s.OpenTaskTypesAsync());
    }

    [Fact]
    public async Task A_child_goes_to_the_on_duty_coordinator_within_the_hour_and_a_contact_without_indicators_is_informed_and_closed()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("hotline-triage");
        await s.CompleteAsync("screen-contact", data: new { minor = true, priority = "high" });
        var emergency = await s.OpenTaskAsync("emergency-response");
        Assert.Equal("Coordinator", emergency.GetProperty("role").GetString());
        Assert.Equal("urgent", emergency.GetProperty("priority").GetString());
        Assert.Equal(s.Now.AddHours(1), emergency.GetProperty("dueAt").GetDateTimeOffset());
        await s.CompleteAsync("emergency-response");
        Assert.Equal("Completed", await s.StatusAsync("hotline-triage"));
        Assert.Contains(await s.OpenTasksAsync(), t => t.GetProperty("title").GetString() == $"Refer to the Centre for Social Work ({s.Code})" || t.GetProperty("taskType").GetString() == "record-consent");

        var other = await Scenario.OpenAsync(Factory);
        await other.StartAsync("hotline-triage");
        await other.CompleteAsync("screen-contact", data: new { priority = "low" });
        Assert.Equal(other.WorkingDaysFromToday(1), (await other.OpenTaskAsync("give-information")).GetProperty("dueAt").GetDateTimeOffset());
        await other.CompleteAsync("give-information");
        Assert.Equal("Completed", await other.StatusAsync("hotline-triage"));
        Assert.Equal("closure", await other.PhaseAsync());
        Assert.Single(await other.InstancesAsync());
    }

    [Fact]
    public async Task A_screening_given_at_the_start_skips_the_screening_task_and_a_danger_goes_straight_to_the_emergency()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("hotline-triage", new { screening = new { imminentDanger = true, minor = false, traffickingIndicators = true, foreignNational = false, priority = "high" } });
        Assert.Equal(["emergency-response"], await s.OpenTaskTypesAsync());
        var emergency = await s.OpenTaskAsync("emergency-response");
        Assert.Equal(s.Now.AddHours(1), emergency.GetProperty("dueAt").GetDateTimeOffset());

        var other = await Scenario.OpenAsync(Factory);
        await other.StartAsync("hotline-triage", new { screening = new { traffickingIndicators = true, foreignNational = true, priority = "low" } });
        var assign = await other.OpenTaskAsync("assign-case-manager");
        Assert.Equal("low", assign.GetProperty("priority").GetString());
        Assert.Equal(["assign-case-manager"], await other.OpenTaskTypesAsync());
    }
}
