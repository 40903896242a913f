using Astra.Workflows.Modules.Cases.Activities;
using System.Text.Json;
using Astra.Workflows.Activities;
using Astra.Workflows.Modules.Legal.Activities;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Simulation;
using Astra.Workflows.Engine.Tests.Support;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Engine.Validation;

namespace Astra.Workflows.Engine.Tests.Simulation;

/// <summary>The simulator on the real Serbian calendar and the real activities, with a virtual clock only.</summary>
public class WorkflowSimulatorTests
{
    // Thursday 9 April 2026, 10:00 in Belgrade; Orthodox Good Friday to Easter Monday follow (10–13 April).
    private static readonly DateTimeOffset Thursday = new(2026, 4, 9, 8, 0, 0, TimeSpan.Zero);

    private static string OneTask(string due, string escalations = "", string outcomes = "\"Done\"", string extraActivities = "", string extraConnections = "") => $$"""
    {
      "schemaVersion": 1, "definitionId": "sim", "name": "Simulated",
      "activities": [
        { "id": "start", "type": "flow.start" },
        { "id": "review", "type": "task.human", "name": "Review the plan", "inputs": {
            "taskType": "review", "title": "Review", "role": "CaseManager", "due": {{due}}, "outcomes": [{{outcomes}}] {{escalations}} } },
        {{extraActivities}}
        { "id": "end", "type": "flow.end" }
      ],
      "connections": [ { "from": "start", "to": "review" }, { "from": "review", "outcome": "Done", "to": "end" } {{extraConnections}} ]
    }
    """;

    private static (WorkflowSimulator Simulator, DefinitionValidator Validator) Build(IOrganisationClosures? closures = null)
    {
        var calendar = new WorkingDayCalendar(closures ?? InMemoryOrganisationClosures.None);
        var registry = BuiltInActivities.CreateRegistry([new SetCasePhaseActivity(), new HumanTaskActivity(), new LegalDeadlineActivity()]);
        var runner = new WorkflowRunner(registry, new ExpressionService(new ExpressionOptions(), calendar), calendar);
        var validator = new DefinitionValidator(registry);
        return (new WorkflowSimulator(runner, validator, calendar, [new TaskSimulation(), new CasePhaseSimulation()]), validator);
    }

    private static Task<SimulationResult> SimulateAsync(string json, Dictionary<string, SimulationChoice>? choices = null, int maxSteps = SimulationRequest.DefaultMaxSteps, object? input = null, IOrganisationClosures? closures = null, int horizonDays = SimulationRequest.DefaultHorizonDays) =>
        Build(closures).Simulator.SimulateAsync(new SimulationRequest
        {
            Definition = DefinitionSerializer.Parse(json),
            StartAt = Thursday,
            Input = input is null ? null : JsonSerializer.SerializeToElement(input),
            Choices = choices ?? [],
            MaxSteps = maxSteps,
            HorizonDays = horizonDays,
        });

    [Fact]
    public async Task A_task_due_in_five_working_days_over_Easter_is_due_at_the_end_of_the_fifth_working_day_and_closures_count()
    {
        var result = await SimulateAsync(OneTask("{ \"workingDays\": 5 }"));

        Assert.Equal(SimulationStatus.Completed, result.FinalStatus);
        Assert.Empty(result.Problems);
        Assert.Equal(
            [SimulationStepKinds.Activity, SimulationStepKinds.TaskCreated, SimulationStepKinds.TaskCompleted, SimulationStepKinds.Activity, SimulationStepKinds.Finished],
            result.Steps.Select(s => s.Kind));
        Assert.Equal("start", result.Steps[0].ActivityId);
        var created = result.Steps[1];
        Assert.Equal("review", created.ActivityId);
        Assert.Equal("task.human", created.ActivityType);
        Assert.Equal("Review the plan", created.Name);
        Assert.Equal("CaseManager", created.Role);
        Assert.Equal(Thursday, created.At);
        // Good Friday, the weekend and Easter Monday do not count: Tue 14, Wed 15, Thu 16, Fri 17, Mon 20.
        Assert.Equal(OrganisationTime.EndOfDay(new DateOnly(2026, 4, 20)), created.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 4, 20, 22, 0, 0, TimeSpan.Zero), created.DueAt);
        // No choice: the first outcome, an hour later.
        Assert.Equal(Thursday.AddHours(1), result.Steps[2].At);
        Assert.Equal("Done", result.Steps[2].Outcome);
        Assert.Equal("CaseManager", result.Steps[2].Role);

        // An organisation closure on Tuesday 14 April (read through the calendar port) moves it a day further.
        var closed = await SimulateAsync(OneTask("{ \"workingDays\": 5 }"), closures: new InMemoryOrganisationClosures([new DateOnly(2026, 4, 14)]));
        Assert.Equal(OrganisationTime.EndOfDay(new DateOnly(2026, 4, 21)), closed.Steps[1].DueAt);
    }

    [Fact]
    public async Task A_late_choice_fires_every_escalation_at_the_time_its_rule_says_then_completes()
    {
        const string escalations = """
            , "escalations": [
              { "after": "50%", "notify": ["assignee"] },
              { "after": "due", "notify": ["Coordinator"], "raisePriority": true },
              { "after": { "workingDays": 1 }, "notify": ["Director"], "reassignTo": "Coordinator" } ]
            """;
        var result = await SimulateAsync(OneTask("{ \"workingDays\": 2 }", escalations), new() { ["review"] = new(Late: true) });

        var due = OrganisationTime.EndOfDay(new DateOnly(2026, 4, 15));
        Assert.Equal(SimulationStatus.Completed, result.FinalStatus);
        Assert.Equal(
            [SimulationStepKinds.Activity, SimulationStepKinds.TaskCreated, SimulationStepKinds.Escalation, SimulationStepKinds.Escalation, SimulationStepKinds.Escalation, SimulationStepKinds.TaskCompleted, SimulationStepKinds.Activity, SimulationStepKinds.Finished],
            result.Steps.Select(s => s.Kind));
        Assert.Equal(due, result.Steps[1].DueAt);
        var levels = result.Steps.Where(s => s.Kind == SimulationStepKinds.Escalation).ToList();
        Assert.Equal([1, 2, 3], levels.Select(s => s.EscalationLevel!.Value));
        Assert.Equal(Thursday + ((due - Thursday) / 2), levels[0].At);
        Assert.Equal("notify assignee", levels[0].Message);
        Assert.Equal(due, levels[1].At);
        Assert.Equal("notify Coordinator; raise priority", levels[1].Message);
        // One working day overdue: the end of Thursday 16 April.
        Assert.Equal(OrganisationTime.EndOfDay(new DateOnly(2026, 4, 16)), levels[2].At);
        Assert.Equal("notify Director; reassign to Coordinator", levels[2].Message);
        Assert.Equal(levels[2].At + WorkflowSimulator.LateMargin, result.Steps[5].At);
        Assert.True(result.Steps.Zip(result.Steps.Skip(1)).All(p => p.First.At <= p.Second.At), "Steps are in time order.");

        // On time (after one working day): the escalations before completion fire, the rest never do.
        var onTime = await SimulateAsync(OneTask("{ \"workingDays\": 2 }", escalations), new() { ["review"] = new(AfterWorkingDays: 1) });
        Assert.Single(onTime.Steps, s => s.Kind == SimulationStepKinds.Escalation);
        Assert.Equal(new DateTimeOffset(2026, 4, 14, 8, 0, 0, TimeSpan.Zero), onTime.Steps.Single(s => s.Kind == SimulationStepKinds.TaskCompleted).At);
    }

    [Fact]
    public async Task A_loop_through_a_task_is_cut_by_the_step_cap_and_a_slow_loop_by_the_horizon()
    {
        var loop = OneTask("\"P1D\"", outcomes: "\"Done\", \"Rework\"", extraConnections: ", { \"from\": \"review\", \"outcome\": \"Rework\", \"to\": \"review\" }");

        var result = await SimulateAsync(loop, new() { ["review"] = new("Rework") }, maxSteps: 20);

        Assert.Equal(SimulationStatus.LimitReached, result.FinalStatus);
        Assert.Equal(21, result.Steps.Count);
        var limit = result.Steps[^1];
        Assert.Equal(SimulationStepKinds.Limit, limit.Kind);
        Assert.Contains("20 steps", limit.Message, StringComparison.Ordinal);

        var slow = await SimulateAsync(loop, new() { ["review"] = new("Rework", AfterWorkingDays: 30) }, horizonDays: 100);
        Assert.Equal(SimulationStatus.LimitReached, slow.FinalStatus);
        Assert.Contains("horizon of 100 days", slow.Steps[^1].Message, StringComparison.Ordinal);
        Assert.True(slow.Steps[^2].At <= Thursday.AddDays(100));
    }

    [Fact]
    public async Task An_event_with_a_timeout_advances_to_the_timeout_and_one_without_stops_waiting_for_it()
    {
        const string race = """
        {
          "schemaVersion": 1, "definitionId": "race", "name": "Event or timeout",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "fork", "type": "flow.fork" },
            { "id": "answer", "type": "event.wait", "inputs": { "event": "answer-received" } },
            { "id": "timeout", "type": "timer.delay", "inputs": { "duration": "P3D" } },
            { "id": "join", "type": "flow.join", "inputs": { "mode": "any" } },
            { "id": "phase", "type": "case.phase", "inputs": { "phase": "recovery" } },
            { "id": "handoff", "type": "workflow.start", "inputs": { "definitionId": "recovery-support-plan", "input": { "js": "({ reason: 'no answer in ' + 3 + ' days' })" } } },
            { "id": "hearing", "type": "event.wait", "inputs": { "event": "hearing-scheduled" } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [
            { "from": "start", "to": "fork" }, { "from": "fork", "to": "answer" }, { "from": "fork", "to": "timeout" },
            { "from": "answer", "to": "join" }, { "from": "timeout", "to": "join" }, { "from": "join", "to": "phase" },
            { "from": "phase", "to": "handoff" }, { "from": "handoff", "to": "hearing" }, { "from": "hearing", "to": "end" }
          ]
        }
        """;

        var result = await SimulateAsync(race);

        Assert.Equal(SimulationStatus.Waiting, result.FinalStatus);
        var timer = Assert.Single(result.Steps, s => s.Kind == SimulationStepKinds.Timer && s.Message!.StartsWith("Waits", StringComparison.Ordinal));
        Assert.Equal(Thursday.AddDays(3), timer.DueAt);
        var fired = Assert.Single(result.Steps, s => s.Kind == SimulationStepKinds.Timer && s.Message == "Timer fired.");
        Assert.Equal(Thursday.AddDays(3), fired.At);
        Assert.Equal("recovery", Assert.Single(result.Steps, s => s.Kind == SimulationStepKinds.Phase).Message);
        var handoff = Assert.Single(result.Steps, s => s.Kind == SimulationStepKinds.Handoff);
        Assert.Contains("'recovery-support-plan'", handoff.Message, StringComparison.Ordinal);
        Assert.Contains("no answer in 3 days", handoff.Message, StringComparison.Ordinal);
        var waiting = result.Steps[^1];
        Assert.Equal(SimulationStepKinds.Waiting, waiting.Kind);
        Assert.Equal("hearing", waiting.ActivityId);
        Assert.StartsWith("waiting for hearing-scheduled", waiting.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shipped_hotline_triage_follows_the_screening_choice_to_the_medium_assignment_and_the_handoff()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Definitions, "hotline-triage.workflow.json"));
        var choices = new Dictionary<string, SimulationChoice>
        {
            ["screen"] = new(Data: JsonSerializer.SerializeToElement(new { traffickingIndicators = true, foreignNational = true, priority = "medium" })),
            ["nowhere"] = new("X"),
        };

        var result = await SimulateAsync(json, choices);

        Assert.Equal(SimulationStatus.Completed, result.FinalStatus);
        var tasks = result.Steps.Where(s => s.Kind == SimulationStepKinds.TaskCreated).ToList();
        // Started by hand (no screening from the contact log): a case manager screens first; no "record" task any more.
        Assert.Equal(["screen", "assignMedium"], tasks.Select(t => t.ActivityId));
        Assert.Equal(Thursday.AddHours(4), tasks[0].DueAt);
        Assert.Equal("Coordinator", tasks[1].Role);
        Assert.Equal(OrganisationTime.EndOfDay(new DateOnly(2026, 4, 15)), tasks[1].DueAt);
        var handoff = Assert.Single(result.Steps, s => s.Kind == SimulationStepKinds.Handoff);
        Assert.Equal("identification", handoff.ActivityId);
        Assert.Contains("\"foreignNational\":true", handoff.Message, StringComparison.Ordinal);
        Assert.Equal(["choices.nowhere: not used; the activity is not a task or was never reached."], result.Problems);
    }

    [Fact]
    public async Task A_fault_stops_the_run_on_the_activity_that_threw_and_bad_choices_are_named()
    {
        const string broken = """
        {
          "schemaVersion": 1, "definitionId": "broken", "name": "Broken",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "check", "type": "flow.decision", "inputs": { "condition": { "js": "input.missing.field === 1" } } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [ { "from": "start", "to": "check" }, { "from": "check", "outcome": "True", "to": "end" }, { "from": "check", "outcome": "False", "to": "end" } ]
        }
        """;

        var result = await SimulateAsync(broken);

        Assert.Equal(SimulationStatus.Faulted, result.FinalStatus);
        var fault = result.Steps[^1];
        Assert.Equal(SimulationStepKinds.Fault, fault.Kind);
        Assert.Equal("check", fault.ActivityId);

        var (_, validator) = Build();
        var registry = BuiltInActivities.CreateRegistry([new SetCasePhaseActivity(), new HumanTaskActivity()]);
        var problems = SimulationRequestChecks.Check(registry, new SimulationRequest
        {
            Definition = DefinitionSerializer.Parse(OneTask("\"P1D\"")),
            StartAt = Thursday,
            MaxSteps = 0,
            Choices = new Dictionary<string, SimulationChoice> { ["review"] = new("Approve", AfterWorkingDays: 1, Late: true), ["ghost"] = new() },
        });
        Assert.Contains(problems, p => p.Field == "maxSteps");
        Assert.Contains(problems, p => p.Field == "choices.review.outcome");
        Assert.Contains(problems, p => p.Field == "choices.review.late");
        Assert.Contains(problems, p => p.Field == "choices.ghost");
        Assert.Empty(validator.Validate(DefinitionSerializer.Parse(OneTask("\"P1D\""))));
    }
}
