using System.Diagnostics;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Definitions.Timers;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.IntegrationTests.Engine;

/// <summary>The scheduler's lease (ADR 0024): a dead node's claim is taken over within the lease, a live node's job is left alone.</summary>
public sealed class SchedulerLeaseTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_timer_claimed_by_a_node_that_died_before_enqueueing_it_fires_after_the_lease_not_after_two_minutes()
    {
        var lease = Factory.Services.GetRequiredService<IOptions<SchedulerOptions>>().Value.Lease;
        Assert.True(lease < TimeSpan.FromSeconds(15), $"The lease is {lease}.");
        // The claim is there, no job ever was: the node was killed between claiming and enqueueing.
        var id = await StartDueTimerClaimedAsync(jobId: null);
        var dispatcher = Factory.Services.GetRequiredService<TimerDispatcher>();
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));

        Factory.Clock.Advance(lease + TimeSpan.FromSeconds(1));

        await DispatchUntilCompletedAsync(dispatcher, id);
    }

    [Fact]
    public async Task A_timer_whose_job_is_in_Hangfire_is_not_dispatched_again_when_the_short_lease_runs_out()
    {
        var options = Factory.Services.GetRequiredService<IOptions<SchedulerOptions>>().Value;
        var id = await StartDueTimerClaimedAsync(jobId: "held-by-a-live-job");
        var dispatcher = Factory.Services.GetRequiredService<TimerDispatcher>();

        Factory.Clock.Advance(options.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Equal("Waiting", await InstanceStatusAsync(id));

        Factory.Clock.Advance(options.JobLease);
        await DispatchUntilCompletedAsync(dispatcher, id);
    }

    /// <summary>A timer claimed the moment it fell due; the claim is written before the clock gets there, so this host's own loop cannot take the row first.</summary>
    private async Task<Guid> StartDueTimerClaimedAsync(string? jobId)
    {
        await TestDefinitions.PublishAsync(Factory, Flows.Delay);
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var id = (await ApiSteps.StartAsync(client, "delay", null)).GetProperty("id").GetGuid();
        var due = Factory.Clock.GetUtcNow().AddDays(3);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            Assert.Equal(1, await db.Timers.ExecuteUpdateAsync(s => s.SetProperty(t => t.DispatchedAt, due).SetProperty(t => t.JobId, jobId)));
        }

        Factory.Clock.Advance(TimeSpan.FromDays(3));
        return id;
    }

    private async Task DispatchUntilCompletedAsync(TimerDispatcher dispatcher, Guid id)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await dispatcher.DispatchDueAsync(CancellationToken.None);
            if (await InstanceStatusAsync(id) == nameof(InstanceStatus.Completed))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The timer had not fired {clock.Elapsed.TotalSeconds:0} s later; the instance is {await InstanceStatusAsync(id)}.");
    }

    private async Task<string> InstanceStatusAsync(Guid id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        return await db.Instances.Where(i => i.Id == id).Select(i => i.Status).SingleAsync();
    }
}
