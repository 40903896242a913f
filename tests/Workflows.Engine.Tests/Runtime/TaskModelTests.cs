using System.Text.Json;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Tests.Support;

namespace Astra.Workflows.Engine.Tests.Runtime;

/// <summary>Human tasks arrive later; these show the model already carries them (side effect, task bookmark, outcome, <c>task</c>).</summary>
public class TaskModelTests
{
    [Fact]
    public async Task A_task_like_activity_records_its_side_effect_and_resumes_with_an_outcome_seen_by_later_scripts()
    {
        var engine = new EngineHarness();
        engine.Publish("""
        {
          "schemaVersion": 1, "definitionId": "task", "name": "Task",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "register", "type": "test.task", "inputs": { "title": "Register proceeding for {{ case.code }}", "due": { "workingDays": 2 }, "outcomes": ["Registered", "NotNeeded"] } },
            { "id": "check", "type": "flow.decision", "inputs": { "condition": { "js": "task.outcome === 'Registered' && task.data.court === 'Belgrade'" } } }
          ],
          "connections": [
            { "from": "start", "to": "register" },
            { "from": "register", "outcome": "Registered", "to": "check" }
          ]
        }
        """);
        var instance = await engine.StartAsync("task", caseData: new { code = "AS-2026-0042" });

        var created = Assert.IsType<TaskCreated>(Assert.Single(engine.Store.SideEffects));
        Assert.Equal("Register proceeding for AS-2026-0042", created.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.Zero), created.DueAt);
        var bookmark = Assert.Single(instance.Bookmarks);
        Assert.Equal(BookmarkKinds.Task, bookmark.Kind);

        var result = await engine.Coordinator.ResumeAsync(instance.Id, bookmark.Id, new ResumePayload("Registered", JsonSerializer.SerializeToElement(new { court = "Belgrade" })), "task-complete-1", "lawyer@astra");

        Assert.Equal(ResumeStatus.Resumed, result.Status);
        Assert.Contains("register:Registered", engine.Trail(instance.Id));
        Assert.Contains("check:True", engine.Trail(instance.Id));
        Assert.Contains(engine.Store.Journal, j => j.ActivityId == "register" && j.Kind == JournalEntryKind.ActivityResumed && j.Actor == "lawyer@astra");
    }

    [Fact]
    public void Connecting_an_outcome_the_task_does_not_declare_is_a_validation_problem()
    {
        var engine = new EngineHarness();
        var problems = engine.Validator.Validate(Astra.Workflows.Engine.Definitions.DefinitionSerializer.Parse("""
        {
          "schemaVersion": 1, "definitionId": "task", "name": "Task",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "t", "type": "test.task", "inputs": { "title": "x", "outcomes": ["Done"] } },
            { "id": "e", "type": "flow.end" }
          ],
          "connections": [ { "from": "start", "to": "t" }, { "from": "t", "outcome": "Approved", "to": "e" } ]
        }
        """));

        var problem = Assert.Single(problems);
        Assert.Equal("t", problem.ActivityId);
        Assert.Contains("'Approved'", problem.Message, StringComparison.Ordinal);
    }
}
