using System.Diagnostics;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Definitions.Timers;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Astra.Workflows.Modules.Notifications.Outbox;
using Astra.Workflows.Modules.Notifications.Storage;
using static Astra.Workflows.IntegrationTests.Email.MailSteps;

namespace Astra.Workflows.IntegrationTests.Engine;

/// <summary>
/// The scheduler's lease (ADRs 0024, 0031): a dead node's claim — not yet enqueued, or a job its worker had fetched — is
/// taken over within the lease; a live node's heartbeat keeps its rows; a stale job of a claim taken over does nothing.
/// </summary>
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

    [Fact]
    public async Task A_timer_whose_job_a_killed_node_had_fetched_fires_after_the_lease_not_after_Hangfire_gives_the_job_back()
    {
        var options = Factory.Services.GetRequiredService<IOptions<SchedulerOptions>>().Value;
        var killed = Guid.NewGuid();
        // Its last heartbeat was the moment the timer fell due; then it was killed.
        var id = await StartDueTimerClaimedAsync(jobId: "fetched-by-a-killed-node", claimedBy: killed);
        var dispatcher = Factory.Services.GetRequiredService<TimerDispatcher>();
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));

        Factory.Clock.Advance(options.Lease + TimeSpan.FromSeconds(1));

        await DispatchUntilCompletedAsync(dispatcher, id);
    }

    [Fact]
    public async Task A_timer_held_by_a_live_node_stays_held_while_its_heartbeat_renews_the_lease_and_is_taken_over_once_the_node_stops()
    {
        var options = Factory.Services.GetRequiredService<IOptions<SchedulerOptions>>().Value;
        // A second node that runs jobs but no scheduler loop: only its heartbeat holds the row.
        var second = Factory.CreateSecondHost(("Astra:Scheduler:Enabled", "false"));
        var node = second.Services.GetRequiredService<SchedulerNode>().Id;
        try
        {
            var id = await StartDueTimerClaimedAsync(jobId: "running-on-a-live-node", claimedBy: node);
            var dispatcher = Factory.Services.GetRequiredService<TimerDispatcher>();
            for (var held = TimeSpan.Zero; held <= options.Lease * 2; held += options.Heartbeat)
            {
                Factory.Clock.Advance(options.Heartbeat);
                await WaitForHeartbeatAsync(node, options.Heartbeat);
                Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));
            }

            Assert.Equal("Waiting", await InstanceStatusAsync(id));
            await second.DisposeAsync();

            Factory.Clock.Advance(options.Lease + TimeSpan.FromSeconds(1));
            await DispatchUntilCompletedAsync(dispatcher, id);
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_stale_rerun_of_a_taken_over_timer_job_does_nothing_and_the_current_claim_fires_once()
    {
        var id = await StartDueTimerClaimedAsync(jobId: "taken-over", claimedBy: Guid.NewGuid());
        var current = await ClaimTokenAsync();
        var job = Factory.Services.GetRequiredService<TimerJob>();

        // Hangfire gives a killed node's fetched job back after its invisibility timeout, long after the takeover.
        Assert.Equal("superseded", await job.FireAsync(await BookmarkAsync(), current.AddSeconds(-30), CancellationToken.None));
        Assert.Equal("Waiting", await InstanceStatusAsync(id));

        Assert.Equal("fired", await job.FireAsync(await BookmarkAsync(), current, CancellationToken.None));
        Assert.Equal("Completed", await InstanceStatusAsync(id));
    }

    [Fact]
    public async Task A_mail_claimed_by_a_killed_node_is_sent_once_after_the_lease_and_the_stale_job_sends_nothing()
    {
        var options = Factory.Services.GetRequiredService<IOptions<SchedulerOptions>>().Value;
        var recipient = Assert.Single(await AddPendingMailsAsync(Factory, 1));
        var killed = Guid.NewGuid();
        var stale = Factory.Clock.GetUtcNow().AddTicks(-(Factory.Clock.GetUtcNow().Ticks % TimeSpan.TicksPerMillisecond)) + options.JobLease;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            Assert.Equal(1, await db.Outbox.ExecuteUpdateAsync(s => s.SetProperty(o => o.NextAttemptAt, stale).SetProperty(o => o.ClaimedBy, killed)));
        }

        await BeatAsync(killed, Factory.Clock.GetUtcNow());
        var outbox = Factory.Services.GetRequiredService<OutboxDispatcher>();
        Assert.Equal(0, await outbox.DispatchDueAsync(CancellationToken.None));

        Factory.Clock.Advance(options.Lease + TimeSpan.FromSeconds(1));
        // This dispatch or the host's own loop, woken by the clock, takes it over.
        await outbox.DispatchDueAsync(CancellationToken.None);
        await Factory.Smtp.WaitForMessageToAsync(recipient, TimeSpan.FromSeconds(20));
        Assert.True(await EventuallyAsync(async () => Assert.Single(await RowsAsync(Factory)).Status == OutboxStatus.Sent, TimeSpan.FromSeconds(10)));

        var row = Assert.Single(await RowsAsync(Factory));
        Assert.Equal("done", await Factory.Services.GetRequiredService<OutboxMailJob>().SendBatchAsync([row.Id], stale, CancellationToken.None));
        await Task.Delay(500);
        Assert.Single(await Factory.Smtp.MessagesAsync());
    }

    [Fact]
    public async Task Timers_due_together_are_fired_several_per_job_and_each_once()
    {
        var perJob = Factory.Services.GetRequiredService<IOptions<SchedulerOptions>>().Value.TimersPerJob;
        Assert.True(perJob > 1, $"TimersPerJob is {perJob}.");
        await TestDefinitions.PublishAsync(Factory, Flows.Delay);
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await ApiSteps.StartAsync(client, "delay", null)).GetProperty("id").GetGuid());
        }

        // Hangfire's tables outlive the per-test reset: count the jobs this test adds.
        await using var connection = new Npgsql.NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var jobs = new Npgsql.NpgsqlCommand("SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%FireAllAsync%'", connection);
        var before = (long)(await jobs.ExecuteScalarAsync())!;

        Factory.Clock.Advance(TimeSpan.FromDays(3));
        var dispatcher = Factory.Services.GetRequiredService<TimerDispatcher>();
        foreach (var id in ids)
        {
            await DispatchUntilCompletedAsync(dispatcher, id);
        }

        Assert.Equal(before + 1, (long)(await jobs.ExecuteScalarAsync())!);
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var fired = await db.Journal.Where(j => ids.Contains(j.InstanceId) && j.Kind == "ActivityCompleted" && j.ActivityId == "wait").CountAsync();
        Assert.Equal(3, fired);
    }

    private async Task BeatAsync(Guid node, DateTimeOffset at)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO astra.scheduler_nodes (node_id, name, started_at, heartbeat_at) VALUES ({node}, 'test', {at}, {at})
            ON CONFLICT (node_id) DO UPDATE SET heartbeat_at = GREATEST(astra.scheduler_nodes.heartbeat_at, EXCLUDED.heartbeat_at)
            """);
    }

    /// <summary>Waits until <paramref name="node"/>'s loop has beaten at the clock's time; nudges the fake clock in case its delay started after the last advance.</summary>
    private async Task WaitForHeartbeatAsync(Guid node, TimeSpan beat)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await using (var scope = Factory.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
                var at = await db.Database.SqlQuery<DateTimeOffset>($"SELECT heartbeat_at AS \"Value\" FROM astra.scheduler_nodes WHERE node_id = {node}").ToListAsync();
                if (at.Count == 1 && at[0] >= Factory.Clock.GetUtcNow() - beat)
                {
                    return;
                }
            }

            await Task.Delay(200);
            Factory.Clock.Advance(TimeSpan.FromMilliseconds(50));
        }

        Assert.Fail($"Node {node} did not beat within {clock.Elapsed.TotalSeconds:0} s.");
    }

    private async Task<DateTimeOffset> ClaimTokenAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Timers.SingleAsync()).DispatchedAt!.Value;
    }

    private async Task<string> BookmarkAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Timers.SingleAsync()).BookmarkId;
    }

    /// <summary>A timer claimed the moment it fell due; the claim is written before the clock gets there, so this host's own loop cannot take the row first.</summary>
    private async Task<Guid> StartDueTimerClaimedAsync(string? jobId, Guid? claimedBy = null)
    {
        await TestDefinitions.PublishAsync(Factory, Flows.Delay);
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var id = (await ApiSteps.StartAsync(client, "delay", null)).GetProperty("id").GetGuid();
        var due = Factory.Clock.GetUtcNow().AddDays(3);
        due = due.AddTicks(-(due.Ticks % TimeSpan.TicksPerMillisecond));
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            Assert.Equal(1, await db.Timers.ExecuteUpdateAsync(s => s.SetProperty(t => t.DispatchedAt, due).SetProperty(t => t.JobId, jobId).SetProperty(t => t.ClaimedBy, claimedBy)));
        }

        if (claimedBy is { } node)
        {
            // The holder beats when the timer falls due, or this host's loop, woken by the clock, would find it silent for days.
            await BeatAsync(node, due);
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
