using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Tests.Support;

namespace Astra.Workflows.Engine.Tests.Runtime;

public class FlowTests
{
    private readonly EngineHarness engine = new();

    [Fact]
    public async Task Fork_and_join_all_runs_both_branches_then_continues_once()
    {
        engine.Publish("""
        {
          "schemaVersion": 1, "definitionId": "fork-join", "name": "Fork join",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "fork", "type": "flow.fork" },
            { "id": "a", "type": "log.note", "inputs": { "text": "branch a" } },
            { "id": "b", "type": "log.note", "inputs": { "text": "branch b" } },
            { "id": "join", "type": "flow.join", "inputs": { "mode": "all" } },
            { "id": "after", "type": "log.note", "inputs": { "text": "after join" } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [
            { "from": "start", "to": "fork" },
            { "from": "fork", "to": "a" }, { "from": "fork", "to": "b" },
            { "from": "a", "to": "join" }, { "from": "b", "to": "join" },
            { "from": "join", "to": "after" }, { "from": "after", "to": "end" }
          ]
        }
        """);

        var instance = await engine.StartAsync("fork-join");

        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Equal(["start:Done", "fork:Done", "a:Done", "b:Done", "join:Done", "after:Done", "end"], engine.Trail(instance.Id));
        Assert.Empty(instance.Joins);
    }

    [Fact]
    public async Task Join_all_waits_for_the_branch_that_suspends()
    {
        engine.Publish("""
        {
          "schemaVersion": 1, "definitionId": "fork-wait", "name": "Fork with a wait",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "fork", "type": "flow.fork" },
            { "id": "quick", "type": "log.note", "inputs": { "text": "quick" } },
            { "id": "wait", "type": "event.wait", "inputs": { "event": "documents-ready" } },
            { "id": "join", "type": "flow.join" },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [
            { "from": "start", "to": "fork" },
            { "from": "fork", "to": "quick" }, { "from": "fork", "to": "wait" },
            { "from": "quick", "to": "join" }, { "from": "wait", "to": "join" },
            { "from": "join", "to": "end" }
          ]
        }
        """);

        var instance = await engine.StartAsync("fork-wait");
        Assert.Equal(InstanceStatus.Waiting, instance.Status);
        Assert.DoesNotContain("join:Done", engine.Trail(instance.Id));
        Assert.Single(instance.Joins);

        var resumed = await engine.Coordinator.RaiseEventAsync("documents-ready", engine.CaseId, null, "evt-1");

        Assert.Equal(1, resumed);
        var done = await engine.LoadAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal(1, engine.Trail(instance.Id).Count(t => t == "join:Done"));
    }

    [Fact]
    public async Task Join_any_continues_with_the_first_branch_and_cancels_the_other()
    {
        engine.Publish("""
        {
          "schemaVersion": 1, "definitionId": "race", "name": "Event or timeout",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "fork", "type": "flow.fork" },
            { "id": "reply", "type": "event.wait", "inputs": { "event": "reply" } },
            { "id": "timeout", "type": "timer.delay", "inputs": { "duration": "P3D" } },
            { "id": "join", "type": "flow.join", "inputs": { "mode": "any" } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [
            { "from": "start", "to": "fork" },
            { "from": "fork", "to": "reply" }, { "from": "fork", "to": "timeout" },
            { "from": "reply", "to": "join" }, { "from": "timeout", "to": "join" },
            { "from": "join", "to": "end" }
          ]
        }
        """);
        var instance = await engine.StartAsync("race");
        Assert.Equal(2, instance.Bookmarks.Count);
        Assert.Single(engine.Store.Timers);

        Assert.Equal(1, await engine.Coordinator.RaiseEventAsync("reply", engine.CaseId, null, "reply-1"));

        var done = await engine.LoadAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Empty(done.Bookmarks);
        Assert.Empty(engine.Store.Timers);
        Assert.Equal(["start:Done", "fork:Done", "reply:Done", "join:Done", "end"], engine.Trail(instance.Id));
        engine.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(0, await engine.FireDueTimersAsync());
    }

    [Fact]
    public async Task Join_any_that_cancels_a_branch_also_forgets_what_an_inner_join_had_collected()
    {
        // Court preparation: an inner "all" join collects preparation steps; a hearing change (the other branch of
        // the outer "any" join) cancels preparation in flight. A later round must not find a half-filled inner join.
        engine.Publish("""
        {
          "schemaVersion": 1, "definitionId": "nested-race", "name": "Preparation or cancellation",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "outer", "type": "flow.fork" },
            { "id": "inner", "type": "flow.fork" },
            { "id": "quick", "type": "log.note", "inputs": { "text": "transport booked" } },
            { "id": "slow", "type": "event.wait", "inputs": { "event": "interpreter-booked" } },
            { "id": "prepared", "type": "flow.join", "inputs": { "mode": "all" } },
            { "id": "changed", "type": "event.wait", "inputs": { "event": "hearing-changed" } },
            { "id": "first", "type": "flow.join", "inputs": { "mode": "any" } },
            { "id": "hold", "type": "event.wait", "inputs": { "event": "finish" } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [
            { "from": "start", "to": "outer" },
            { "from": "outer", "to": "inner" }, { "from": "outer", "to": "changed" },
            { "from": "inner", "to": "quick" }, { "from": "inner", "to": "slow" },
            { "from": "quick", "to": "prepared" }, { "from": "slow", "to": "prepared" },
            { "from": "prepared", "to": "first" }, { "from": "changed", "to": "first" },
            { "from": "first", "to": "hold" }, { "from": "hold", "to": "end" }
          ]
        }
        """);
        var instance = await engine.StartAsync("nested-race");
        Assert.Contains("prepared", instance.Joins.Keys);

        Assert.Equal(1, await engine.Coordinator.RaiseEventAsync("hearing-changed", engine.CaseId, null, "changed-1"));

        var after = await engine.LoadAsync(instance.Id);
        Assert.Equal(InstanceStatus.Waiting, after.Status);
        Assert.Equal(["hold"], after.Bookmarks.Select(b => b.ActivityId));
        Assert.DoesNotContain("prepared", after.Joins.Keys);
    }

    [Fact]
    public async Task Decision_follows_the_outcome_of_its_condition_on_case_data()
    {
        engine.Publish(SampleDefinitions.Decision);

        var foreign = await engine.StartAsync("decision", caseData: new { nationality = "NG" });
        var local = await engine.StartAsync("decision", caseData: new { nationality = "RS" });

        Assert.Contains("foreign:True", engine.Trail(foreign.Id));
        Assert.Contains("interpreter:Done", engine.Trail(foreign.Id));
        Assert.Contains("foreign:False", engine.Trail(local.Id));
        Assert.DoesNotContain("interpreter:Done", engine.Trail(local.Id));
    }

    [Fact]
    public async Task Switch_takes_the_first_matching_case_in_order_else_default()
    {
        engine.Publish("""
        {
          "schemaVersion": 1, "definitionId": "switch", "name": "Switch",
          "inputs": [{ "name": "age", "type": "number" }],
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "route", "type": "flow.switch", "inputs": { "cases": [
              { "outcome": "Child", "condition": { "js": "input.age < 18" } },
              { "outcome": "Young", "condition": { "js": "input.age < 26" } },
              { "outcome": "Also", "condition": { "js": "input.age < 18" } }
            ] } },
            { "id": "child", "type": "log.note", "inputs": { "text": "child" } },
            { "id": "young", "type": "log.note", "inputs": { "text": "young" } },
            { "id": "also", "type": "log.note", "inputs": { "text": "never" } },
            { "id": "adult", "type": "log.note", "inputs": { "text": "adult" } }
          ],
          "connections": [
            { "from": "start", "to": "route" },
            { "from": "route", "outcome": "Child", "to": "child" },
            { "from": "route", "outcome": "Young", "to": "young" },
            { "from": "route", "outcome": "Also", "to": "also" },
            { "from": "route", "outcome": "Default", "to": "adult" }
          ]
        }
        """);

        Assert.Contains("route:Child", engine.Trail((await engine.StartAsync("switch", new { age = 15 })).Id));
        Assert.Contains("route:Young", engine.Trail((await engine.StartAsync("switch", new { age = 20 })).Id));
        Assert.Contains("route:Default", engine.Trail((await engine.StartAsync("switch", new { age = 40 })).Id));
    }

    [Fact]
    public async Task Nested_forks_join_inner_then_outer()
    {
        engine.Publish("""
        {
          "schemaVersion": 1, "definitionId": "nested", "name": "Nested forks",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "outer", "type": "flow.fork" },
            { "id": "inner", "type": "flow.fork" },
            { "id": "i1", "type": "event.wait", "inputs": { "event": "i1" } },
            { "id": "i2", "type": "log.note", "inputs": { "text": "i2" } },
            { "id": "innerJoin", "type": "flow.join" },
            { "id": "o2", "type": "event.wait", "inputs": { "event": "o2" } },
            { "id": "outerJoin", "type": "flow.join" },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [
            { "from": "start", "to": "outer" },
            { "from": "outer", "to": "inner" }, { "from": "outer", "to": "o2" },
            { "from": "inner", "to": "i1" }, { "from": "inner", "to": "i2" },
            { "from": "i1", "to": "innerJoin" }, { "from": "i2", "to": "innerJoin" },
            { "from": "innerJoin", "to": "outerJoin" }, { "from": "o2", "to": "outerJoin" },
            { "from": "outerJoin", "to": "end" }
          ]
        }
        """);
        var instance = await engine.StartAsync("nested");
        Assert.Equal(2, instance.Bookmarks.Count);

        await engine.Coordinator.RaiseEventAsync("i1", engine.CaseId, null, "k1");
        var middle = await engine.LoadAsync(instance.Id);
        Assert.Equal(InstanceStatus.Waiting, middle.Status);
        Assert.Contains("innerJoin:Done", engine.Trail(instance.Id));
        Assert.DoesNotContain("outerJoin:Done", engine.Trail(instance.Id));

        await engine.Coordinator.RaiseEventAsync("o2", engine.CaseId, null, "k2");
        Assert.Equal(InstanceStatus.Completed, (await engine.LoadAsync(instance.Id)).Status);
        Assert.Equal(1, engine.Trail(instance.Id).Count(t => t == "outerJoin:Done"));
    }

    [Fact]
    public async Task Event_resume_is_correlated_by_case_and_stores_the_payload()
    {
        engine.Publish("""
        {
          "schemaVersion": 1, "definitionId": "event", "name": "Event",
          "variables": [{ "name": "hearing", "type": "json" }],
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "wait", "type": "event.wait", "inputs": { "event": "hearing-scheduled", "resultVariable": "hearing" } },
            { "id": "check", "type": "flow.decision", "inputs": { "condition": { "js": "vars.hearing.court === 'Belgrade'" } } },
            { "id": "yes", "type": "log.note", "inputs": { "text": "hearing at {{ vars.hearing.court }}" } }
          ],
          "connections": [
            { "from": "start", "to": "wait" },
            { "from": "wait", "to": "check" },
            { "from": "check", "outcome": "True", "to": "yes" }
          ]
        }
        """);
        var instance = await engine.StartAsync("event");
        var otherCase = await engine.StartAsync("event", caseId: Guid.NewGuid());

        var payload = System.Text.Json.JsonSerializer.SerializeToElement(new { court = "Belgrade" });
        Assert.Equal(1, await engine.Coordinator.RaiseEventAsync("hearing-scheduled", engine.CaseId, payload, "e-1"));

        Assert.Equal(InstanceStatus.Completed, (await engine.LoadAsync(instance.Id)).Status);
        Assert.Equal(InstanceStatus.Waiting, (await engine.LoadAsync(otherCase.Id)).Status);
        Assert.Contains("check:True", engine.Trail(instance.Id));
        Assert.Contains(engine.Store.Journal, j => j.InstanceId == instance.Id && j.Message == "hearing at Belgrade");
    }

    [Fact]
    public async Task Workflow_start_requests_another_workflow_for_the_same_case_and_phase_changes()
    {
        engine.Publish("""
        {
          "schemaVersion": 1, "definitionId": "identification", "name": "Identification",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "phase", "type": "case.phase", "inputs": { "phase": "recovery" } },
            { "id": "next", "type": "workflow.start", "inputs": { "definitionId": "recovery", "input": { "js": "({ from: 'identification', level: input.level })" } } }
          ],
          "connections": [
            { "from": "start", "to": "phase" },
            { "from": "phase", "to": "next" }
          ]
        }
        """);

        var instance = await engine.StartAsync("identification", new { level = 2 });

        var request = Assert.Single(engine.Store.StartRequests);
        Assert.Equal("recovery", request.DefinitionId);
        Assert.Equal(engine.CaseId, request.CaseId);
        Assert.Equal(instance.Id, request.RequestedBy);
        Assert.Equal(2, request.Input.GetProperty("level").GetInt32());
        var change = Assert.Single(engine.Store.PhaseChanges);
        Assert.Equal("recovery", change.Phase);
    }

    [Fact]
    public async Task Vars_set_values_are_seen_by_later_scripts_and_templates()
    {
        engine.Publish("""
        {
          "schemaVersion": 1, "definitionId": "vars", "name": "Vars",
          "variables": [{ "name": "count", "type": "number", "default": 1 }, { "name": "label", "type": "string" }],
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "inc", "type": "vars.set", "inputs": { "name": "count", "value": { "js": "vars.count + 41" } } },
            { "id": "label", "type": "vars.set", "inputs": { "name": "label", "value": "n={{ vars.count }}" } },
            { "id": "check", "type": "flow.decision", "inputs": { "condition": { "js": "vars.count === 42 && vars.label === 'n=42'" } } }
          ],
          "connections": [
            { "from": "start", "to": "inc" }, { "from": "inc", "to": "label" }, { "from": "label", "to": "check" }
          ]
        }
        """);

        var instance = await engine.StartAsync("vars");

        Assert.Equal(42, instance.Variables["count"].GetInt32());
        Assert.Equal("n=42", instance.Variables["label"].GetString());
        Assert.Contains("check:True", engine.Trail(instance.Id));
    }
}
