using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Scenarios;

public sealed class IdentificationScenarioTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task The_first_72_hours_run_in_parallel_hand_over_to_recovery_and_foreign_nationals_then_wait_for_the_Centre_with_reminders()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("identification-emergency", new { foreignNational = true });
        Assert.Equal("emergency", await s.PhaseAsync());
        Assert.Equal(["book-interpreter", "record-consent", "risk-assessment"], await s.OpenTaskTypesAsync());
        var interpreter = await s.OpenTaskAsync("book-interpreter");
        Assert.Equal(s.Now.AddHours(24), interpreter.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("high", interpreter.GetProperty("priority").GetString());

        var consent = await s.CompleteAsync("record-consent", data: new { services = true, dataProcessing = true, shareCentre = true, sharePolice = false });
        Assert.Equal(s.WorkingDaysFromToday(1), consent.GetProperty("dueAt").GetDateTimeOffset());
        var refer = await s.OpenTaskAsync("refer-to-centre");
        Assert.Equal($"Refer to CZŽTLJ ({s.Code})", refer.GetProperty("title").GetString());

        await s.CompleteAsync("risk-assessment", data: new { riskLevel = "high", safetyPlan = true, accommodation = true, recentSexualViolence = true });
        var forensic = await s.OpenTaskAsync("forensic-exam-pep");
        Assert.Equal("urgent", forensic.GetProperty("priority").GetString());
        Assert.Equal(s.Now.AddHours(12), forensic.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal($"Medical exam at a partner clinic ({s.Code})", forensic.GetProperty("title").GetString());
        await s.CompleteAsync("forensic-exam-pep");
        await s.CompleteAsync("emergency-accommodation");
        await s.CompleteAsync("book-interpreter");
        Assert.Equal(["identification-emergency"], (await s.InstancesAsync()).Select(i => i.DefinitionId));

        await s.CompleteAsync("refer-to-centre");
        var instances = await s.InstancesAsync();
        Assert.Equal(["foreign-nationals", "identification-emergency", "recovery-support-plan"], instances.Select(i => i.DefinitionId).Order(StringComparer.Ordinal));
        Assert.Equal("recovery", await s.PhaseAsync());

        // Seven days without a decision: a reminder to the case manager, without escalations of its own.
        await s.AdvanceAsync(TimeSpan.FromDays(7) + TimeSpan.FromHours(2));
        var remind = await s.OpenTaskAsync("remind-centre");
        Assert.Equal("CaseManager", remind.GetProperty("role").GetString());
        Assert.Empty(remind.GetProperty("escalations").EnumerateArray());
        await s.CompleteAsync("remind-centre");

        // Thirty days: the coordinator follows up.
        await s.AdvanceAsync(TimeSpan.FromDays(23));
        var overdue = await s.OpenTaskAsync("centre-decision-overdue");
        Assert.Equal("Coordinator", overdue.GetProperty("role").GetString());
        Assert.Equal(["KeepWaiting", "StopWaiting"], overdue.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()));
        await s.CompleteAsync("centre-decision-overdue", "KeepWaiting");

        await s.RaiseAsync("IdentificationDecided", new { identified = true });
        Assert.Equal("Completed", await s.StatusAsync("identification-emergency"));
        var open = await s.OpenTaskTypesAsync();
        Assert.DoesNotContain("remind-centre", open);
        Assert.DoesNotContain("centre-decision-overdue", open);
        Assert.Contains("needs-assessment", open);
    }

    [Fact]
    public async Task A_Centre_that_does_not_identify_the_client_sends_the_case_to_the_coordinator_for_review()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("identification-emergency", new { child = true });
        Assert.Equal(["record-consent", "risk-assessment"], await s.OpenTaskTypesAsync());
        await s.CompleteAsync("record-consent", data: new { services = true });
        Assert.Equal($"Refer to the Centre for Social Work ({s.Code})", (await s.OpenTaskAsync("refer-to-centre")).GetProperty("title").GetString());
        await s.CompleteAsync("refer-to-centre");
        await s.CompleteAsync("risk-assessment", data: new { riskLevel = "low" });
        Assert.Equal(["identification-emergency", "recovery-support-plan"], (await s.InstancesAsync()).Select(i => i.DefinitionId));

        await s.RaiseAsync("IdentificationDecided", new { identified = false });
        var review = await s.OpenTaskAsync("review-identification");
        Assert.Equal("Coordinator", review.GetProperty("role").GetString());
        Assert.Equal(s.WorkingDaysFromToday(5), review.GetProperty("dueAt").GetDateTimeOffset());
        await s.CompleteAsync("review-identification");
        Assert.Equal("Completed", await s.StatusAsync("identification-emergency"));
    }
}
