using Astra.Workflows.FaultSuite.Scenario;
using Xunit.Abstractions;

namespace Astra.Workflows.FaultSuite;

/// <summary>Issue 14's "Done when", checked against one run of the fault scenario (docs/fault-suite.md).</summary>
public sealed class FaultSuiteTests(FaultRun run, ITestOutputHelper output) : IClassFixture<FaultRun>
{
    private FaultFigures Figures
    {
        get
        {
            output.WriteLine(run.Figures.ToString());
            return run.Figures;
        }
    }

    [Fact]
    public void Timers_due_within_one_minute_on_three_nodes_each_fire_once_with_lag_p99_under_two_seconds()
    {
        var f = Figures;
        Assert.Equal(3, f.Nodes);
        Assert.Equal(0, f.CreatedLate);
        Assert.Equal(f.LoadPlanned, f.LoadFiredOnce);
        Assert.Equal(0, f.LoadFiredTwice);
        Assert.True(f.Load.P99 < 2.0, $"Lag p99 {f.Load.P99:0.000} s.");
    }

    [Fact]
    public void Work_a_SIGKILLed_node_had_claimed_fires_within_fifteen_seconds_and_nothing_fires_twice()
    {
        var f = Figures;
        Assert.True(f.HeldAtKill > 0, "The killed node held no timers when it was killed: the kill measured nothing.");
        Assert.True(f.TakeoverSeconds <= 15.0, $"The last timer the killed node held fired {f.TakeoverSeconds:0.000} s after the kill.");
        Assert.Equal(f.BurstPlanned, f.BurstFiredOnce);
        Assert.Equal(0, f.BurstFiredTwice);
    }

    [Fact]
    public void A_hanging_SMTP_server_delays_no_timer_by_more_than_two_seconds_and_every_mail_arrives_exactly_once()
    {
        var f = Figures;
        Assert.True(f.DuringHang.Count > 0);
        Assert.True(f.DuringHang.Max <= 2.0, $"A timer due during the hang fired {f.DuringHang.Max:0.000} s late.");
        Assert.Equal(f.MailsQueued, f.MailsDeliveredOnce);
        Assert.Equal(0, f.MailsDuplicated);
    }

    [Fact]
    public void Database_restarts_lose_no_timer_and_fire_none_twice()
    {
        var f = Figures;
        Assert.Equal(f.RestartPlanned, f.RestartFiredOnce);
        Assert.Equal(0, f.RestartFiredTwice);
    }

    [Fact]
    public void Two_hundred_concurrent_same_key_events_across_three_nodes_get_identical_answers_and_no_5xx()
    {
        var f = Figures;
        Assert.Equal(0, f.Event5xx);
        Assert.Equal(f.Events, f.EventsOk);
        Assert.Equal(1, f.EventDistinctAnswers);
        Assert.Equal(1, f.EventEffects);
    }

    [Fact]
    public void A_retried_case_creation_with_one_key_across_three_nodes_creates_one_case()
    {
        var f = Figures;
        Assert.Equal(0, f.Case5xx);
        Assert.Equal(1, f.CaseDistinctIds);
        Assert.Equal(1, f.CasesCreated);
        Assert.Equal(0, f.Other5xx);
    }
}
