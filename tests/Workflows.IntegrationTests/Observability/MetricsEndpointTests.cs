using System.Diagnostics;
using System.Text.Json;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Definitions.Timers;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Observability;
using Astra.Workflows.Modules.Platform.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Observability;

/// <summary>Issue 23 item 5: the Prometheus endpoint of the real host shows requests, bursts, timer lag and waiting work.</summary>
public sealed class MetricsEndpointTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task After_requests_bursts_a_conflict_and_a_fired_timer_the_metrics_from_this_machine_show_them_and_no_client_data()
    {
        var before = Scrape.Parse((await Scrape.GetAsync(Factory.Server, Scrape.Loopback)).Body);
        await TestDefinitions.PublishAsync(Factory, Flows.Delay);
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, code) = await ApiSteps.OpenCaseAsync(client);
        var fired = (await ApiSteps.StartAsync(client, "delay", caseId)).GetProperty("id").GetGuid();
        var held = (await ApiSteps.StartAsync(client, "delay", null)).GetProperty("id").GetGuid();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"/api/cases/{caseId}")).StatusCode);

        // A start under an id already taken is the store's conflict (a repeated start makes no twin).
        var coordinator = Factory.Services.GetRequiredService<InstanceCoordinator>();
        await Assert.ThrowsAsync<InstanceConflictException>(() =>
            coordinator.StartAsync("delay", null, JsonDocument.Parse("{}").RootElement, instanceId: held));

        // The second timer is claimed by this (live) node with a job that never runs: due and waiting once the clock moves.
        var due = Factory.Clock.GetUtcNow().AddDays(3);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            var node = Factory.Services.GetRequiredService<SchedulerNode>().Id;
            await db.Timers.Where(t => t.InstanceId == held).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.DispatchedAt, due).SetProperty(t => t.ClaimedBy, node).SetProperty(t => t.JobId, "held"));
            // The clock jumps three days below; the node's heartbeat (fake time, one beat behind) would then look stale and
            // a scheduler pass could take the row back and fire it. Holding the heartbeat past the jump keeps the claim.
            await db.Database.ExecuteSqlAsync($"UPDATE astra.scheduler_nodes SET heartbeat_at = {due.AddHours(1)} WHERE node_id = {node}");
        }

        Factory.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(5));
        // Fired here, or by the scheduler's own pass that the clock just woke: either way once, five seconds late.
        var bookmark = await TimerOfAsync(fired);
        if (bookmark is not null)
        {
            await Factory.Services.GetRequiredService<TimerJob>().FireAsync(bookmark, CancellationToken.None);
        }

        var after = await ScrapeUntilAsync(s => s.Sum("astra_timers_lag_seconds_count") > before.Sum("astra_timers_lag_seconds_count"));

        Assert.True(after.Sum("astra_bursts_committed_total") >= before.Sum("astra_bursts_committed_total") + 3, "two starts and a fired timer commit three bursts");
        Assert.True(after.Sum("astra_bursts_conflicts_total") >= before.Sum("astra_bursts_conflicts_total") + 1);
        var lagCount = after.Sum("astra_timers_lag_seconds_count") - before.Sum("astra_timers_lag_seconds_count");
        var lagSum = after.Sum("astra_timers_lag_seconds_sum") - before.Sum("astra_timers_lag_seconds_sum");
        Assert.InRange(lagSum / lagCount, 4.9, 5.1);
        Assert.True(after.Sum("astra_timers_lag_seconds_bucket", "le=\"10\"") > 0);
        // The gauges are read from this host's reading (its cache age decides when a scrape shows a change); that a
        // scrape shows this host's gauges only, not other hosts' of the test process, is PerHostMetricsTests.
        Assert.Equal(1, await TimersWaitingAsync(n => n == 1));
        var reading = Factory.Services.GetRequiredService<BacklogGauges>().Current();
        bool Has(string gauge, string? label = null) => reading.Any(c => c.Gauge == gauge && c.Label == label);
        Assert.True(Has(BacklogGauges.DueRowsWaiting, "task_escalation_timers"));
        Assert.True(Has(BacklogGauges.DueRowsWaiting, "legal_alert_timers"));
        Assert.Equal(0, reading.Where(c => c.Gauge == BacklogGauges.OutboxDead).Sum(c => c.Value));
        Assert.True(Has(BacklogGauges.OutboxPending));
        Assert.True(Has(BacklogGauges.HangfireQueueLength, "default"));
        Assert.True(Has(BacklogGauges.HangfireQueueLength, "mail"));
        Assert.True(Has(BacklogGauges.HangfireFailed));
        // ASP.NET Core's request meter is per host too (PerHostMetricsTests); the deployment test checks it on a real node's scrape.
        Assert.True(after.Has("process_runtime_dotnet_gc_collections_count_total") || after.Has("dotnet_gc_collections_total"));

        // Labels are routes, tables and queues: nothing that names the case, the user or an instance.
        var text = (await Scrape.GetAsync(Factory.Server, Scrape.Loopback)).Body;
        foreach (var secret in new[] { code, caseId.ToString(), fired.ToString(), held.ToString(), "casemanager@astra.local", "casemanager" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Waiting_rows_are_read_once_per_cache_age_however_often_the_endpoint_is_scraped()
    {
        var first = Scrape.Parse((await Scrape.GetAsync(Factory.Server, Scrape.Loopback)).Body).Sum("astra_due_rows_waiting", "table=\"timers\"");
        await TestDefinitions.PublishAsync(Factory, Flows.Delay);
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var held = (await ApiSteps.StartAsync(client, "delay", null)).GetProperty("id").GetGuid();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            // Due now and held by this node, so no pass fires it while the test looks.
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            var now = Factory.Clock.GetUtcNow();
            var node = Factory.Services.GetRequiredService<SchedulerNode>().Id;
            await db.Timers.Where(t => t.InstanceId == held).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.DueAt, now).SetProperty(t => t.DispatchedAt, now).SetProperty(t => t.ClaimedBy, node).SetProperty(t => t.JobId, "held"));
            // The clock moves 11 s below, past the claim lease: the heartbeat is held past it so no pass takes the row back.
            await db.Database.ExecuteSqlAsync($"UPDATE astra.scheduler_nodes SET heartbeat_at = {now.AddHours(1)} WHERE node_id = {node}");
        }

        // Within the cache age the reading stands (the clock has not moved); past it, the new row shows.
        await Task.Delay(400);
        var cached = Scrape.Parse((await Scrape.GetAsync(Factory.Server, Scrape.Loopback)).Body).Sum("astra_due_rows_waiting", "table=\"timers\"");
        Factory.Clock.Advance(TimeSpan.FromSeconds(11));
        var fresh = await TimersWaitingAsync(n => n >= 1);

        Assert.Equal(first, cached);
        Assert.Equal(1, fresh);
    }

    [Fact]
    public async Task The_metrics_endpoint_is_not_in_the_openapi_document()
    {
        var client = await Factory.ClientForAsync("admin@astra.local");
        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/cases\"", document, StringComparison.Ordinal);
        Assert.DoesNotContain("/metrics", document, StringComparison.Ordinal);
    }

    private async Task<string?> TimerOfAsync(Guid instance)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Timers
            .Where(t => t.InstanceId == instance).Select(t => t.BookmarkId).SingleOrDefaultAsync();
    }

    // The exporter keeps a scrape's answer for 300 ms and Hangfire runs jobs on its own threads: ask until it shows.
    /// <summary>This host's reading of the timers waiting (see the note where it is used), polled until it shows.</summary>
    private async Task<long> TimersWaitingAsync(Func<long, bool> shows)
    {
        var gauges = Factory.Services.GetRequiredService<BacklogGauges>();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = gauges.Current().Where(c => c.Gauge == BacklogGauges.DueRowsWaiting && c.Label == "timers").Sum(c => c.Value);
            if (shows(value) || clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                return value;
            }

            await Task.Delay(200);
        }
    }

    private async Task<IReadOnlyList<Scrape.Sample>> ScrapeUntilAsync(Func<IReadOnlyList<Scrape.Sample>, bool> shows)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (status, body) = await Scrape.GetAsync(Factory.Server, Scrape.Loopback);
            Assert.Equal(200, status);
            var samples = Scrape.Parse(body);
            if (shows(samples) || clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                return samples;
            }

            await Task.Delay(200);
        }
    }
}
