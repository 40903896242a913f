using System.Diagnostics;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Tests.Support;

namespace Astra.Workflows.Engine.Tests.Runtime;

public class FaultTests
{
    // Loops forever until 26 Nov (fake clock), then answers true: lets a retry succeed after time moves on.
    private const string RunawayUntilTomorrow = """
    {
      "schemaVersion": 1, "definitionId": "runaway", "name": "Runaway",
      "activities": [
        { "id": "start", "type": "flow.start" },
        { "id": "spin", "type": "flow.decision", "inputs": { "condition": { "js": "if (new Date(now()) < new Date('2026-11-26T00:00:00Z')) { while (true) {} } true" } } },
        { "id": "after", "type": "log.note", "inputs": { "text": "recovered" } }
      ],
      "connections": [ { "from": "start", "to": "spin" }, { "from": "spin", "outcome": "True", "to": "after" } ]
    }
    """;

    [Fact]
    public async Task A_runaway_script_hits_the_time_limit_becomes_an_incident_and_retry_runs_it_again()
    {
        var engine = new EngineHarness(new ExpressionOptions { Timeout = TimeSpan.FromMilliseconds(300), MaxStatements = int.MaxValue });
        engine.Publish(RunawayUntilTomorrow);
        var watch = Stopwatch.StartNew();

        var instance = await engine.StartAsync("runaway");

        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal(InstanceStatus.Faulted, instance.Status);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("spin", incident.ActivityId);
        Assert.True(incident.IsOpen);
        Assert.Equal(EngineHarness.Epoch, incident.At);
        Assert.Contains(engine.Store.Journal, j => j.Kind == JournalEntryKind.ActivityFaulted && j.ActivityId == "spin");

        engine.Clock.Advance(TimeSpan.FromDays(1));
        var retried = await engine.Coordinator.RetryAsync(instance.Id);

        Assert.NotNull(retried);
        Assert.Equal(InstanceStatus.Completed, retried.Instance.Status);
        Assert.False(Assert.Single(retried.Instance.Incidents).IsOpen);
        Assert.Contains("spin:True", engine.Trail(instance.Id));
        Assert.Contains("after:Done", engine.Trail(instance.Id));
    }

    [Fact]
    public async Task A_runaway_script_hits_the_statement_limit_with_default_options()
    {
        var engine = new EngineHarness();
        engine.Publish(RunawayUntilTomorrow);

        var instance = await engine.StartAsync("runaway");

        Assert.Equal(InstanceStatus.Faulted, instance.Status);
        Assert.Contains("spin", Assert.Single(instance.Incidents).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deep_recursion_is_stopped_by_the_recursion_limit()
    {
        var engine = new EngineHarness();
        engine.Publish("""
        {
          "schemaVersion": 1, "definitionId": "recursion", "name": "Recursion",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "deep", "type": "vars.set", "inputs": { "name": "x", "value": { "js": "function f(n) { return f(n + 1) + 1; } f(0)" } } }
          ],
          "variables": [{ "name": "x" }],
          "connections": [ { "from": "start", "to": "deep" } ]
        }
        """);

        var instance = await engine.StartAsync("recursion");

        Assert.Equal(InstanceStatus.Faulted, instance.Status);
        Assert.Equal("deep", Assert.Single(instance.Incidents).ActivityId);
    }

    [Fact]
    public async Task Other_branches_still_run_to_their_waits_when_one_faults()
    {
        var engine = new EngineHarness();
        engine.Publish("""
        {
          "schemaVersion": 1, "definitionId": "partial", "name": "Partial fault",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "fork", "type": "flow.fork" },
            { "id": "bad", "type": "vars.set", "inputs": { "name": "x", "value": { "js": "input.missing.property" } } },
            { "id": "wait", "type": "event.wait", "inputs": { "event": "go" } }
          ],
          "variables": [{ "name": "x" }],
          "connections": [ { "from": "start", "to": "fork" }, { "from": "fork", "to": "bad" }, { "from": "fork", "to": "wait" } ]
        }
        """);

        var instance = await engine.StartAsync("partial");

        Assert.Equal(InstanceStatus.Faulted, instance.Status);
        Assert.Single(instance.Bookmarks);
        Assert.Contains(instance.Tokens, t => t.ActivityId == "bad" && t.Status == TokenStatus.Faulted);
    }
}
