using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Tasks;

public sealed class TaskApiTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_task_is_created_with_type_role_and_working_day_due_and_moves_from_available_to_mine_when_claimed()
    {
        var client = await Factory.ClientForAsync(CaseManager);
        var (code, instanceId) = await StartAssessmentAsync(Factory, client);

        var task = await SingleAvailableAsync(client);
        var calendar = Factory.Services.GetRequiredService<IWorkingDayCalendar>();
        var expectedDue = OrganisationTime.EndOfDay(calendar.AddWorkingDays(OrganisationTime.Today(Factory.Clock), 2));
        Assert.Equal("needs-assessment", task.GetProperty("taskType").GetString());
        Assert.Equal($"Needs assessment for {code}", task.GetProperty("title").GetString());
        Assert.Equal(code, task.GetProperty("caseCode").GetString());
        Assert.Equal(instanceId, task.GetProperty("instanceId").GetGuid());
        Assert.Equal("CaseManager", task.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, task.GetProperty("assigneeId").ValueKind);
        Assert.Equal("open", task.GetProperty("status").GetString());
        Assert.Equal("normal", task.GetProperty("priority").GetString());
        Assert.Equal(expectedDue, task.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(0, task.GetProperty("escalationLevel").GetInt32());
        Assert.Equal(1, task.GetProperty("revision").GetInt32());
        Assert.Equal(["Accepted", "Declined"], task.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(["court", "hearings", "track"], task.GetProperty("form").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Empty(task.GetProperty("escalations").EnumerateArray());
        var id = task.GetProperty("id").GetGuid();

        Assert.Empty(Items(await QueueAsync(client, "queue=mine")));
        Assert.Empty(Items(await QueueAsync(await Factory.ClientForAsync(Lawyer), "queue=available")));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/tasks?queue=all")).StatusCode);

        var claimed = await PostAsync(client, id, "claim", new { revision = 1 });
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal(2, (await claimed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32());
        Assert.Equal(id, Assert.Single(Items(await QueueAsync(client, "queue=mine"))).GetProperty("id").GetGuid());
        Assert.Empty(Items(await QueueAsync(await Factory.ClientForAsync(CaseManager2), "queue=available")));
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(await Factory.ClientForAsync(CaseManager2), id, "claim")).StatusCode);
        Assert.Single(Items(await QueueAsync(await Factory.ClientForAsync(Coordinator), "queue=all&type=needs-assessment")));
    }

    [Fact]
    public async Task Queues_page_by_keyset_and_the_overdue_queue_holds_tasks_past_their_deadline()
    {
        var client = await Factory.ClientForAsync(CaseManager);
        await StartAssessmentAsync(Factory, client);
        await StartAssessmentAsync(Factory, client, publish: false);
        await StartAssessmentAsync(Factory, client, publish: false);

        var first = await QueueAsync(client, "queue=available&limit=2");
        Assert.Equal(2, Items(first).Count);
        var next = first.GetProperty("next").GetString();
        Assert.NotNull(next);
        var second = await QueueAsync(client, $"queue=available&limit=2&after={Uri.EscapeDataString(next)}");
        Assert.Single(Items(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        var ids = Items(first).Concat(Items(second)).Select(t => t.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Empty(Items(await QueueAsync(client, "queue=overdue")));

        var due = Items(first)[0].GetProperty("dueAt").GetDateTimeOffset();
        Factory.Clock.Advance(due - Factory.Clock.GetUtcNow() - TimeSpan.FromDays(1));
        client = await Factory.ClientForAsync(CaseManager);
        Assert.Equal(3, Items(await QueueAsync(client, "queue=dueSoon")).Count);
        Assert.Empty(Items(await QueueAsync(client, "queue=overdue")));

        Factory.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        client = await Factory.ClientForAsync(CaseManager);
        Assert.Equal(3, Items(await QueueAsync(client, "queue=overdue")).Count);
        Assert.Empty(Items(await QueueAsync(client, "queue=dueSoon")));
        Assert.Empty(Items(await QueueAsync(await Factory.ClientForAsync(Lawyer), "queue=overdue")));
        Assert.Equal(3, Items(await QueueAsync(await Factory.ClientForAsync(Coordinator), "queue=overdue")).Count);
    }

    [Fact]
    public async Task Completing_resumes_the_workflow_on_the_chosen_outcome_with_the_form_data_seen_by_the_next_decision_and_a_repeat_answers_the_same()
    {
        var client = await Factory.ClientForAsync(CaseManager);
        var (_, instanceId) = await StartAssessmentAsync(Factory, client);
        var id = (await SingleAvailableAsync(client)).GetProperty("id").GetGuid();
        await PostAsync(client, id, "claim");
        var body = new { outcome = "Accepted", data = new { court = "Belgrade", hearings = 2, track = "legal" }, revision = 2, idempotencyKey = "complete-1" };

        var response = await CompleteAsync(client, id, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var task = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("completed", task.GetProperty("status").GetString());
        Assert.Equal("Accepted", task.GetProperty("outcome").GetString());
        Assert.Equal(3, task.GetProperty("revision").GetInt32());
        var instance = await ApiSteps.GetInstanceAsync(client, instanceId);
        Assert.Equal("Completed", instance.GetProperty("status").GetString());
        Assert.Equal(["start", "assess", "check", "yes"], ApiSteps.Trail(instance));
        Assert.Equal("Belgrade", instance.GetProperty("variables").GetProperty("result").GetProperty("court").GetString());

        var again = await CompleteAsync(client, id, body);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Accepted", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());
        Assert.Equal(1, await ResumesAsync(instanceId));
        Assert.Empty(Items(await QueueAsync(client, "queue=mine")));
    }

    [Fact]
    public async Task A_stale_revision_is_409_and_an_unknown_outcome_or_bad_form_data_is_400_naming_the_field()
    {
        var client = await Factory.ClientForAsync(CaseManager);
        await StartAssessmentAsync(Factory, client);
        var id = (await SingleAvailableAsync(client)).GetProperty("id").GetGuid();
        await PostAsync(client, id, "claim");

        Assert.Equal(HttpStatusCode.Conflict, (await CompleteAsync(client, id, new { outcome = "Accepted", data = new { court = "Niš" }, revision = 1 })).StatusCode);
        Assert.True((await ErrorsAsync(await CompleteAsync(client, id, new { outcome = "Approved", data = new { court = "Niš" }, revision = 2 }))).TryGetProperty("outcome", out _));
        var missing = await ErrorsAsync(await CompleteAsync(client, id, new { outcome = "Accepted", data = new { hearings = "two", track = "social" }, revision = 2 }));
        Assert.True(missing.TryGetProperty("data.court", out _));
        Assert.True(missing.TryGetProperty("data.hearings", out _));
        Assert.True(missing.TryGetProperty("data.track", out _));
        Assert.True((await ErrorsAsync(await CompleteAsync(client, id, new { outcome = "Accepted", data = new { court = "Niš" } }))).TryGetProperty("revision", out _));

        Assert.Equal("open", (await GetAsync(client, id)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(client, id, new { outcome = "Declined", data = new { court = "Niš" }, revision = 2 })).StatusCode);
    }

    [Fact]
    public async Task Completing_someone_elses_task_is_403()
    {
        var client = await Factory.ClientForAsync(CaseManager);
        await StartAssessmentAsync(Factory, client);
        var id = (await SingleAvailableAsync(client)).GetProperty("id").GetGuid();
        await PostAsync(client, id, "claim");

        var other = await CompleteAsync(await Factory.ClientForAsync(CaseManager2), id, new { outcome = "Accepted", data = new { court = "Niš" }, revision = 2 });

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("open", (await GetAsync(client, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Two_users_completing_at_once_one_wins_the_other_gets_409_and_the_workflow_resumes_once()
    {
        var first = await Factory.ClientForAsync(CaseManager);
        var second = await Factory.ClientForAsync(CaseManager2);
        var (_, instanceId) = await StartAssessmentAsync(Factory, first);
        var id = (await SingleAvailableAsync(first)).GetProperty("id").GetGuid();

        var responses = await Task.WhenAll(
            CompleteAsync(first, id, new { outcome = "Accepted", data = new { court = "Belgrade", hearings = 2 }, revision = 1, idempotencyKey = "a" }),
            CompleteAsync(second, id, new { outcome = "Declined", data = new { court = "Niš" }, revision = 1, idempotencyKey = "b" }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        Assert.Equal(1, await ResumesAsync(instanceId));
        var task = await GetAsync(first, id);
        Assert.Equal("completed", task.GetProperty("status").GetString());
        Assert.Equal(2, task.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Cancelling_the_instance_cancels_its_open_task()
    {
        var client = await Factory.ClientForAsync(CaseManager);
        var (_, instanceId) = await StartAssessmentAsync(Factory, client);
        var id = (await SingleAvailableAsync(client)).GetProperty("id").GetGuid();

        var cancel = await (await Factory.ClientForAsync(Coordinator)).PostAsync($"/api/instances/{instanceId}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("cancelled", (await GetAsync(client, id)).GetProperty("status").GetString());
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().TaskEscalationTimers.CountAsync(e => e.TaskId == id));
        }

        Assert.Empty(Items(await QueueAsync(client, "queue=available")));
        Assert.Equal(HttpStatusCode.Conflict, (await CompleteAsync(client, id, new { outcome = "Accepted", data = new { court = "Niš" }, revision = 2 })).StatusCode);
    }

    [Fact]
    public async Task Only_the_holder_or_a_coordinator_releases_a_task_and_only_a_coordinator_assigns_one()
    {
        var client = await Factory.ClientForAsync(CaseManager);
        await StartAssessmentAsync(Factory, client);
        var id = (await SingleAvailableAsync(client)).GetProperty("id").GetGuid();
        await PostAsync(client, id, "claim");
        var other = await Factory.ClientForAsync(CaseManager2);

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(other, id, "release")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(client, id, "release", new { revision = 1 })).StatusCode);
        var released = await PostAsync(client, id, "release", new { revision = 2 });
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal(3, (await released.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32());
        Assert.Single(Items(await QueueAsync(other, "queue=available")));

        var otherId = (await other.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, id, "assign", new { userId = otherId })).StatusCode);
        var coordinator = await Factory.ClientForAsync(Coordinator);
        Assert.True((await ErrorsAsync(await PostAsync(coordinator, id, "assign", new { userId = Guid.NewGuid() }))).TryGetProperty("userId", out _));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(coordinator, id, "assign", new { userId = otherId, revision = 3 })).StatusCode);
        Assert.Equal(id, Assert.Single(Items(await QueueAsync(other, "queue=mine"))).GetProperty("id").GetGuid());
        Assert.Empty(Items(await QueueAsync(client, "queue=available")));
    }

    [Fact]
    public async Task A_task_assigned_at_creation_is_in_the_assignees_queue_with_an_in_app_notification_and_an_email()
    {
        await TestDefinitions.PublishAsync(Factory, TaskFlows.Assigned);
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var lawyerId = (await lawyer.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
        var client = await Factory.ClientForAsync(CaseManager);
        var (caseId, code) = await ApiSteps.OpenCaseAsync(client);

        var started = await client.PostAsJsonAsync("/api/instances", new { definitionId = "assigned", caseId, input = new { assignee = lawyerId } });

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var task = Assert.Single(Items(await QueueAsync(lawyer, "queue=mine")));
        Assert.Equal(lawyerId, task.GetProperty("assigneeId").GetGuid());
        Assert.Equal("urgent", task.GetProperty("priority").GetString());
        Assert.Equal(["Done"], task.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()));
        var notification = Assert.Single((await lawyer.GetFromJsonAsync<JsonElement>("/api/notifications")).EnumerateArray());
        Assert.Equal("task-assigned", notification.GetProperty("kind").GetString());
        await Factory.Services.GetRequiredService<Modules.Notifications.Outbox.OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        var mail = await Factory.Smtp.WaitForMessageToAsync(Lawyer, TimeSpan.FromSeconds(20));
        Assert.Contains(code, mail.Subject, StringComparison.Ordinal);

        var done = await CompleteAsync(lawyer, task.GetProperty("id").GetGuid(), new { revision = task.GetProperty("revision").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("Done", (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());
    }

    private async Task<int> ResumesAsync(Guid instanceId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        return await db.Journal.CountAsync(j => j.InstanceId == instanceId && j.ActivityId == "assess" && j.Kind == "ActivityResumed");
    }
}
