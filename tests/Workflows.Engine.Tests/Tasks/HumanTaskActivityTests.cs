using Astra.Workflows.Modules.Cases.Activities;
using Astra.Workflows.Engine.Time;
using System.Text.Json;
using Astra.Workflows.Activities;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.DevelopmentSupport.InMemory;
using Astra.Workflows.Engine.Validation;
using Microsoft.Extensions.Time.Testing;

namespace Astra.Workflows.Engine.Tests.Tasks;

/// <summary><c>task.human</c> on the real Serbian calendar: deadlines, escalation plan, outcomes and form data.</summary>
public class HumanTaskActivityTests
{
    private const string Definition = """
    {
      "schemaVersion": 1, "definitionId": "register", "name": "Register proceeding",
      "activities": [
        { "id": "start", "type": "flow.start" },
        { "id": "register", "type": "task.human", "inputs": {
            "taskType": "register-proceeding", "title": "Register proceeding for {{ case.code }}", "role": "Lawyer",
            "due": { "workingDays": 2 }, "priority": "high",
            "form": [ { "name": "court", "label": "Court", "type": "text", "required": true } ],
            "outcomes": ["Registered", "NotNeeded"] } },
        { "id": "check", "type": "flow.decision", "inputs": { "condition": { "js": "task.outcome === 'Registered' && task.data.court === 'Belgrade'" } } },
        { "id": "end", "type": "flow.end" }
      ],
      "connections": [
        { "from": "start", "to": "register" },
        { "from": "register", "outcome": "Registered", "to": "check" },
        { "from": "register", "outcome": "NotNeeded", "to": "end" },
        { "from": "check", "outcome": "True", "to": "end" }
      ]
    }
    """;

    // Thursday 9 April 2026, 10:00 in Belgrade; Orthodox Good Friday to Easter Monday follow (10–13 April).
    private static readonly DateTimeOffset Thursday = new(2026, 4, 9, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Two_working_days_from_the_Thursday_before_Easter_fall_due_at_the_end_of_Wednesday_in_Belgrade()
    {
        var (coordinator, store, _) = Build();
        var burst = await coordinator.StartAsync("register", Guid.NewGuid(), JsonValues.EmptyObject, caseData: JsonSerializer.SerializeToElement(new { code = "AS-2026-0042" }));

        var created = Assert.IsType<HumanTaskCreated>(Assert.Single(store.SideEffects));
        Assert.Equal(new DateTimeOffset(2026, 4, 15, 22, 0, 0, TimeSpan.Zero), created.DueAt);
        Assert.Equal(OrganisationTime.EndOfDay(new DateOnly(2026, 4, 15)), created.DueAt);
        Assert.Equal("Register proceeding for AS-2026-0042", created.Title);
        Assert.Equal("AS-2026-0042", created.CaseCode);
        Assert.Equal("Lawyer", created.Role);
        Assert.Equal(TaskPriority.Rank(TaskPriority.High), created.Priority);
        Assert.Equal(["Registered", "NotNeeded"], created.Outcomes);
        Assert.Equal("court", Assert.Single(created.Form).Name);
        var bookmark = Assert.Single(burst!.Instance.Bookmarks);
        Assert.Equal(BookmarkKinds.Task, bookmark.Kind);
        Assert.Equal(HumanTaskCreated.KeyFor(created.TaskId), bookmark.Key);

        // Defaults: 80 % of the time, at due, and one working day overdue (end of Thursday 16 April).
        Assert.Collection(created.Escalations,
            s => { Assert.Equal(Thursday + ((created.DueAt!.Value - Thursday) * 0.8), s.FireAt); Assert.Equal([TaskEscalationStep.Assignee], s.Notify); },
            s => { Assert.Equal(created.DueAt, s.FireAt); Assert.True(s.RaisePriority); Assert.Equal(["Coordinator"], s.Notify); },
            s => { Assert.Equal(OrganisationTime.EndOfDay(new DateOnly(2026, 4, 16)), s.FireAt); Assert.Equal(["Director"], s.Notify); });
    }

    [Fact]
    public async Task Completing_resumes_on_the_chosen_outcome_with_the_form_data_seen_by_the_next_decision()
    {
        var (coordinator, store, _) = Build();
        var instance = (await coordinator.StartAsync("register", Guid.NewGuid(), JsonValues.EmptyObject))!.Instance;
        var created = (HumanTaskCreated)store.SideEffects.Single();
        var completion = new TaskCompletion(created.TaskId, 1, Guid.NewGuid(), JsonSerializer.SerializeToElement(new { court = "Belgrade" }));

        var result = await coordinator.ResumeAsync(instance.Id, instance.Bookmarks[0].Id, new ResumePayload("Registered", completion.ToJson()), "complete-1");

        Assert.Equal(ResumeStatus.Resumed, result.Status);
        Assert.Equal(InstanceStatus.Completed, result.Burst!.Instance.Status);
        Assert.Contains(store.Journal, j => j.ActivityId == "check" && j.Kind == JournalEntryKind.ActivityCompleted && j.Outcome == DecisionOutcomeTrue);
        var completed = Assert.IsType<HumanTaskCompleted>(result.Burst.SideEffects.Single());
        Assert.Equal(created.TaskId, completed.TaskId);
        Assert.Equal(1, completed.ExpectedRevision);
        Assert.Equal("Registered", completed.Outcome);
    }

    [Fact]
    public void Connections_are_accepted_on_declared_outcomes_only_and_form_and_escalations_are_checked()
    {
        var (_, _, validator) = Build();
        Assert.Empty(validator.Validate(DefinitionSerializer.Parse(Definition)));

        var problems = validator.Validate(DefinitionSerializer.Parse("""
        {
          "schemaVersion": 1, "definitionId": "bad", "name": "Bad",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "t", "type": "task.human", "inputs": { "taskType": "x", "title": "x",
                "form": [ { "name": "a", "type": "colour" }, { "name": "b", "type": "choice" } ],
                "escalations": [ { "after": "soon", "notify": ["Coordinator"] } ],
                "outcomes": ["Done"] } },
            { "id": "e", "type": "flow.end" }
          ],
          "connections": [ { "from": "start", "to": "t" }, { "from": "t", "outcome": "Approved", "to": "e" } ]
        }
        """));

        Assert.Contains(problems, p => p.Input == "role");
        Assert.Contains(problems, p => p.Input == "form[0]");
        Assert.Contains(problems, p => p.Input == "form[1]");
        Assert.Contains(problems, p => p.Input == "escalations[0].after");
        Assert.Contains(problems, p => p.Message.Contains("'Approved'", StringComparison.Ordinal));
    }

    [Fact]
    public void Declared_escalations_replace_the_defaults_and_fire_at_a_fraction_at_due_and_after_it()
    {
        var calendar = new WorkingDayCalendar();
        var due = OrganisationTime.EndOfDay(new DateOnly(2026, 4, 15));
        var rules = JsonSerializer.SerializeToElement(new object[]
        {
            new { after = "P2D", reassignTo = "Coordinator" },
            new { after = "50%", notify = new[] { "assignee" } },
            new { after = new { workingDays = 2 }, notify = new[] { "Director" } },
        });

        var steps = TaskEscalationPlan.Plan(rules, Thursday, due, calendar);

        Assert.Collection(steps,
            s => { Assert.Equal(1, s.Level); Assert.Equal(Thursday + ((due - Thursday) / 2), s.FireAt); },
            s => { Assert.Equal(2, s.Level); Assert.Equal("Coordinator", s.ReassignToRole); Assert.Equal(OrganisationTime.EndOfDay(new DateOnly(2026, 4, 17)), s.FireAt); },
            s => { Assert.Equal(3, s.Level); Assert.Equal(OrganisationTime.EndOfDay(new DateOnly(2026, 4, 17)), s.FireAt); });
        Assert.Empty(TaskEscalationPlan.Plan(JsonSerializer.SerializeToElement(Array.Empty<object>()), Thursday, due, calendar));
        Assert.Empty(TaskEscalationPlan.Plan(null, Thursday, null, calendar));
    }

    [Fact]
    public void A_due_date_from_a_script_falls_due_at_the_end_of_that_day_and_an_instant_is_kept()
    {
        var calendar = new WorkingDayCalendar();

        Assert.Equal(OrganisationTime.EndOfDay(new DateOnly(2026, 5, 4)), TaskDeadline.Resolve(JsonSerializer.SerializeToElement("2026-05-04"), Thursday, calendar, "due"));
        Assert.Equal(Thursday.AddHours(4), TaskDeadline.Resolve(JsonSerializer.SerializeToElement("PT4H"), Thursday, calendar, "due"));
        Assert.Equal(new DateTimeOffset(2026, 4, 20, 8, 0, 0, TimeSpan.Zero), TaskDeadline.Resolve(JsonSerializer.SerializeToElement("2026-04-20T10:00:00+02:00"), Thursday, calendar, "due"));
        Assert.Throws<InvalidOperationException>(() => TaskDeadline.Resolve(JsonSerializer.SerializeToElement("soon"), Thursday, calendar, "due"));
    }

    private const string DecisionOutcomeTrue = "True";

    private static (InstanceCoordinator Coordinator, InMemoryInstanceStore Store, DefinitionValidator Validator) Build()
    {
        var clock = new FakeTimeProvider(Thursday);
        var calendar = new WorkingDayCalendar();
        var registry = BuiltInActivities.CreateRegistry([new SetCasePhaseActivity(), new HumanTaskActivity()]);
        var runner = new WorkflowRunner(registry, new ExpressionService(new ExpressionOptions(), calendar), calendar);
        var validator = new DefinitionValidator(registry);
        var definitions = new InMemoryDefinitionProvider();
        definitions.Publish(DefinitionSerializer.Parse(Definition));
        var store = new InMemoryInstanceStore();
        return (new InstanceCoordinator(runner, definitions, store, clock), store, validator);
    }
}
