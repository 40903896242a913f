using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Definitions.Timers;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Engine;

public sealed class TimerTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_P3D_timer_fires_once_through_Hangfire_after_three_days_of_fake_time()
    {
        await TestDefinitions.PublishAsync(Factory, Flows.Delay);
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await ApiSteps.OpenCaseAsync(client);
        var id = (await ApiSteps.StartAsync(client, "delay", caseId)).GetProperty("id").GetGuid();
        var dispatcher = Factory.Services.GetRequiredService<TimerDispatcher>();

        var timer = Assert.Single(await TimersAsync());
        Assert.Equal(Factory.Clock.GetUtcNow().AddDays(3), timer.DueAt);
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));

        Factory.Clock.Advance(TimeSpan.FromDays(3));
        await DispatchUntilAsync(() => InstanceStatusAsync(id), "Completed");

        // Three days later the first sign-in's token has expired: sign in again, as the user would.
        var instance = await ApiSteps.GetInstanceAsync(await Factory.ClientForAsync("casemanager@astra.local"), id);
        Assert.Equal(["start", "wait", "end"], ApiSteps.Trail(instance));
        Assert.Empty(await TimersAsync());
    }

    [Fact]
    public async Task A_firing_that_comes_early_does_nothing_and_the_timer_still_fires_when_due()
    {
        await TestDefinitions.PublishAsync(Factory, Flows.Delay);
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var id = (await ApiSteps.StartAsync(client, "delay", null)).GetProperty("id").GetGuid();
        var timer = Assert.Single(await TimersAsync());
        var job = Factory.Services.GetRequiredService<TimerJob>();

        Assert.Equal("early", await job.FireAsync(timer.BookmarkId, CancellationToken.None));

        Assert.Equal("Waiting", await InstanceStatusAsync(id));
        Assert.Single(await TimersAsync());
        Factory.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal("fired", await job.FireAsync(timer.BookmarkId, CancellationToken.None));
        Assert.Equal("gone", await job.FireAsync(timer.BookmarkId, CancellationToken.None));
        Assert.Equal("Completed", await InstanceStatusAsync(id));
    }

    [Fact]
    public async Task A_timer_whose_job_was_lost_is_dispatched_again_by_the_sweep()
    {
        await TestDefinitions.PublishAsync(Factory, Flows.Delay);
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var id = (await ApiSteps.StartAsync(client, "delay", null)).GetProperty("id").GetGuid();
        Factory.Clock.Advance(TimeSpan.FromDays(3));
        // A node claimed the timer and died before its Hangfire job ran: the claim is there, the job is not.
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            var claimedAt = Factory.Clock.GetUtcNow();
            await db.Timers.ExecuteUpdateAsync(s => s.SetProperty(t => t.DispatchedAt, claimedAt).SetProperty(t => t.JobId, "lost"));
        }

        var dispatcher = Factory.Services.GetRequiredService<TimerDispatcher>();
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Equal("Waiting", await InstanceStatusAsync(id));

        Factory.Clock.Advance(TimeSpan.FromMinutes(3));
        await DispatchUntilAsync(() => InstanceStatusAsync(id), "Completed");
    }

    [Fact]
    public async Task A_timer_survives_the_host_that_created_it_and_fires_once_on_the_next()
    {
        await TestDefinitions.PublishAsync(Factory, Flows.Delay);
        Guid id;
        await using (var first = Factory.CreateSecondHost())
        {
            var coordinator = first.Services.GetRequiredService<InstanceCoordinator>();
            id = (await coordinator.StartAsync("delay", null, JsonSerializer.SerializeToElement(new { })))!.Instance.Id;
        }

        // The host that created the timer is gone; nothing of it lives on but the timer row.
        Assert.Single(await TimersAsync());
        Factory.Clock.Advance(TimeSpan.FromDays(3));
        await DispatchUntilAsync(() => InstanceStatusAsync(id), "Completed");

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        Assert.Equal(1, await db.Journal.CountAsync(j => j.InstanceId == id && j.ActivityId == "wait" && j.Kind == "ActivityCompleted"));
    }

    [Fact]
    public async Task A_thousand_timers_due_at_once_after_downtime_all_fire_once_each()
    {
        const int count = 1000;
        await TestDefinitions.PublishAsync(Factory, Flows.Delay);
        var coordinator = Factory.Services.GetRequiredService<InstanceCoordinator>();
        var empty = JsonSerializer.SerializeToElement(new { });
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await coordinator.StartAsync("delay", null, empty))!.Instance.Id);
        }

        Factory.Clock.Advance(TimeSpan.FromDays(10));
        await DispatchUntilAsync(CountCompletedAsync, count.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(120));

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var firings = await db.Journal.Where(j => j.ActivityId == "wait" && j.Kind == "ActivityCompleted")
            .GroupBy(j => j.InstanceId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(count, firings.Count);
        Assert.All(firings, n => Assert.Equal(1, n));
        Assert.Empty(await db.Timers.ToListAsync());
    }

    private async Task<string> CountCompletedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        return (await db.Instances.CountAsync(i => i.Status == nameof(InstanceStatus.Completed))).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> InstanceStatusAsync(Guid id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        return await db.Instances.Where(i => i.Id == id).Select(i => i.Status).SingleAsync();
    }

    private async Task<List<Astra.Workflows.Modules.Definitions.InstanceStorage.TimerEntity>> TimersAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Timers.AsNoTracking().ToListAsync();
    }

    /// <summary>Runs dispatch passes (the real Hangfire server executes the jobs) until the probe reports the expected value.</summary>
    private async Task DispatchUntilAsync(Func<Task<string>> probe, string expected, TimeSpan? timeout = null)
    {
        var dispatcher = Factory.Services.GetRequiredService<TimerDispatcher>();
        var clock = Stopwatch.StartNew();
        var last = string.Empty;
        while (clock.Elapsed < (timeout ?? TimeSpan.FromSeconds(30)))
        {
            await dispatcher.DispatchDueAsync(CancellationToken.None);
            last = await probe();
            if (last == expected)
            {
                return;
            }

            await Task.Delay(100);
        }

        var timers = await TimersAsync();
        var jobs = string.Join(",", timers.Select(t => $"{t.BookmarkId}:{t.DueAt:o}:{t.DispatchedAt:o}:{t.JobId}"));
        var state = timers.Count > 0 && timers[0].JobId is { } jobId ? Hangfire.JobStorage.Current.GetMonitoringApi().JobDetails(jobId)?.History.FirstOrDefault()?.StateName : null;
        Assert.Fail($"Expected {expected} but still {last} after {clock.Elapsed.TotalSeconds:0} s. now={Factory.Clock.GetUtcNow():o} timers={jobs} state={state}");
    }
}
