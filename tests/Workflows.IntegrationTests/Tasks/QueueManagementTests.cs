using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Tasks;

/// <summary>Issue 18, item 9: bulk actions answer per task, the assignee filter keeps need-to-know, saved views reach only their owner and the shared role.</summary>
public sealed class QueueManagementTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Bulk_claim_release_and_assign_answer_per_task_and_refuse_bad_input_naming_the_field()
    {
        var caseManager = await Factory.ClientForAsync(CaseManager);
        await StartAssessmentAsync(Factory, caseManager);
        await StartAssessmentAsync(Factory, caseManager, publish: false);
        var available = Items(await QueueAsync(caseManager, "queue=available")).Select(t => t.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(2, available.Count);
        var unknown = Guid.NewGuid();

        var claimed = await BulkAsync(caseManager, new { action = "claim", taskIds = new[] { available[0], unknown, available[1] } });

        Assert.Equal([("done", 200), ("notFound", 404), ("done", 200)], claimed.Select(r => (r.GetProperty("outcome").GetString(), r.GetProperty("status").GetInt32())));
        Assert.Equal(2, Items(await QueueAsync(caseManager, "queue=mine")).Count);
        // Held by someone else: a conflict for that task only.
        var other = await BulkAsync(await Factory.ClientForAsync(CaseManager2), new { action = "claim", taskIds = new[] { available[0] } });
        Assert.Equal("conflict", Assert.Single(other).GetProperty("outcome").GetString());

        var released = await BulkAsync(caseManager, new { action = "release", taskIds = available });
        Assert.All(released, r => Assert.Equal("done", r.GetProperty("outcome").GetString()));
        Assert.Empty(Items(await QueueAsync(caseManager, "queue=mine")));

        var coordinator = await Factory.ClientForAsync(Coordinator);
        var cm2 = (await (await Factory.ClientForAsync(CaseManager2)).GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
        var assigned = await BulkAsync(coordinator, new { action = "assign", taskIds = available, userId = cm2 });
        Assert.All(assigned, r => Assert.Equal(cm2, r.GetProperty("task").GetProperty("assigneeId").GetGuid()));
        Assert.Equal(2, Items(await QueueAsync(await Factory.ClientForAsync(CaseManager2), "queue=mine")).Count);

        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.PostAsJsonAsync("/api/tasks/bulk", new { action = "assign", taskIds = available, userId = cm2 })).StatusCode);
        Assert.True((await ErrorsAsync(await caseManager.PostAsJsonAsync("/api/tasks/bulk", new { action = "grab", taskIds = available }))).TryGetProperty("action", out _));
        Assert.True((await ErrorsAsync(await caseManager.PostAsJsonAsync("/api/tasks/bulk", new { action = "claim", taskIds = Array.Empty<Guid>() }))).TryGetProperty("taskIds", out _));
        Assert.True((await ErrorsAsync(await caseManager.PostAsJsonAsync("/api/tasks/bulk", new { action = "claim", taskIds = new[] { unknown, unknown } }))).TryGetProperty("taskIds", out _));
        Assert.True((await ErrorsAsync(await coordinator.PostAsJsonAsync("/api/tasks/bulk", new { action = "assign", taskIds = available }))).TryGetProperty("userId", out _));
        Assert.True((await ErrorsAsync(await coordinator.PostAsJsonAsync("/api/tasks/bulk", new { action = "assign", taskIds = available, userId = Guid.NewGuid() }))).TryGetProperty("userId", out _));
    }

    [Fact]
    public async Task The_assignee_filter_narrows_a_queue_without_widening_it_and_the_type_list_follows_the_queue()
    {
        var caseManager = await Factory.ClientForAsync(CaseManager);
        await StartAssessmentAsync(Factory, caseManager);
        var id = (await SingleAvailableAsync(caseManager)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(caseManager, id, "claim")).StatusCode);
        var me = (await caseManager.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
        var coordinator = await Factory.ClientForAsync(Coordinator);
        var coordinatorId = (await coordinator.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();

        Assert.Equal([id], Items(await QueueAsync(coordinator, $"queue=all&assigneeId={me}")).Select(t => t.GetProperty("id").GetGuid()));
        Assert.Empty(Items(await QueueAsync(coordinator, $"queue=all&assigneeId={coordinatorId}")));
        // Another case manager naming the holder still sees only her own queue.
        var other = await Factory.ClientForAsync(CaseManager2);
        Assert.Empty(Items(await QueueAsync(other, $"queue=mine&assigneeId={me}")));
        Assert.Empty(Items(await QueueAsync(other, $"queue=available&assigneeId={me}")));

        var type = Assert.Single((await caseManager.GetFromJsonAsync<JsonElement>("/api/tasks/types?queue=mine")).EnumerateArray());
        Assert.Equal("needs-assessment", type.GetProperty("key").GetString());
        // The test workflow names neither the activity nor its translations: the web app's own list names it.
        Assert.Equal(JsonValueKind.Null, type.GetProperty("label").ValueKind);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/api/tasks/types?queue=mine")).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.GetAsync("/api/tasks/types?queue=all")).StatusCode);
        Assert.True((await ErrorsAsync(await caseManager.GetAsync("/api/tasks/types?queue=everything"))).TryGetProperty("queue", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await caseManager.GetAsync("/api/tasks?queue=all&assigneeId=nobody")).StatusCode);
    }

    [Fact]
    public async Task A_saved_view_is_seen_by_its_owner_and_the_role_it_is_shared_with_and_deleted_only_by_its_owner()
    {
        var caseManager = await Factory.ClientForAsync(CaseManager);
        var created = await caseManager.PostAsJsonAsync("/api/task-views", new { name = "Urgent assessments", queue = "available", taskType = "needs-assessment", priority = "urgent", sharedWithRole = "CaseManager" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await caseManager.PostAsJsonAsync("/api/task-views", new { name = "Just mine", queue = "mine" })).StatusCode);

        var own = await ViewsAsync(caseManager);
        Assert.Equal(["Just mine", "Urgent assessments"], own.Select(v => v.GetProperty("name").GetString()));
        Assert.All(own, v => Assert.True(v.GetProperty("mine").GetBoolean()));
        var colleague = await Factory.ClientForAsync(CaseManager2);
        var shared = Assert.Single(await ViewsAsync(colleague));
        Assert.Equal("Urgent assessments", shared.GetProperty("name").GetString());
        Assert.False(shared.GetProperty("mine").GetBoolean());
        Assert.Equal("needs-assessment", shared.GetProperty("taskType").GetString());
        Assert.Empty(await ViewsAsync(await Factory.ClientForAsync(Lawyer)));
        Assert.Empty(await ViewsAsync(await Factory.ClientForAsync(Coordinator)));

        Assert.Equal(HttpStatusCode.NotFound, (await colleague.DeleteAsync($"/api/task-views/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await caseManager.DeleteAsync($"/api/task-views/{id}")).StatusCode);
        Assert.Empty(await ViewsAsync(colleague));

        Assert.True((await ErrorsAsync(await caseManager.PostAsJsonAsync("/api/task-views", new { name = "Just mine", queue = "mine" }))).TryGetProperty("name", out _));
        Assert.True((await ErrorsAsync(await caseManager.PostAsJsonAsync("/api/task-views", new { name = "X", queue = "everything" }))).TryGetProperty("queue", out _));
        Assert.True((await ErrorsAsync(await caseManager.PostAsJsonAsync("/api/task-views", new { name = "X", queue = "mine", priority = "asap" }))).TryGetProperty("priority", out _));
        Assert.True((await ErrorsAsync(await caseManager.PostAsJsonAsync("/api/task-views", new { name = "X", queue = "mine", sharedWithRole = "Admin" }))).TryGetProperty("sharedWithRole", out _));
        Assert.True((await ErrorsAsync(await caseManager.PostAsJsonAsync("/api/task-views", new { name = "  ", queue = "mine" }))).TryGetProperty("name", out _));
        Assert.True((await ErrorsAsync(await caseManager.PostAsJsonAsync("/api/task-views", new { name = "X", queue = "mine", assigneeId = Guid.NewGuid() }))).TryGetProperty("assigneeId", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.PostAsJsonAsync("/api/task-views", new { name = "Everything", queue = "all" })).StatusCode);
    }

    private static async Task<List<JsonElement>> BulkAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/tasks/bulk", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results").EnumerateArray()];
    }

    private static async Task<List<JsonElement>> ViewsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/task-views")).EnumerateArray()];
}
