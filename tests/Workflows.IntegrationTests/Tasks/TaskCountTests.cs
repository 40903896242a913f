using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Tasks;

public sealed class TaskCountTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Counts_match_the_length_of_each_queue_for_every_role()
    {
        var manager = await Factory.ClientForAsync(CaseManager);
        await StartAssessmentAsync(Factory, manager);
        for (var i = 0; i < 4; i++)
        {
            await StartAssessmentAsync(Factory, manager, publish: false);
        }

        // Five open tasks: one claimed by the case manager, one overdue, one due soon, two due later.
        var ids = Items(await QueueAsync(manager, "queue=available")).Select(t => t.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(5, ids.Count);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(manager, ids[0], "claim", new { })).StatusCode);
        await DueAsync(ids[1], TimeSpan.FromHours(-3));
        await DueAsync(ids[2], TimeSpan.FromHours(5));
        await DueAsync(ids[3], TimeSpan.FromDays(20));
        await DueAsync(ids[4], TimeSpan.FromDays(20));

        var checkedQueues = 0;
        foreach (var email in new[] { CaseManager, CaseManager2, Lawyer, Coordinator })
        {
            var client = await Factory.ClientForAsync(email);
            var counts = await client.GetFromJsonAsync<JsonElement>("/api/tasks/counts");
            foreach (var queue in new[] { "mine", "available", "overdue", "dueSoon" })
            {
                Assert.Equal(Items(await QueueAsync(client, $"queue={queue}&limit=200")).Count, counts.GetProperty(queue).GetInt32());
                checkedQueues++;
            }

            if (email == Coordinator)
            {
                Assert.Equal(Items(await QueueAsync(client, "queue=all&limit=200")).Count, counts.GetProperty("all").GetInt32());
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, counts.GetProperty("all").ValueKind);
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/tasks?queue=all")).StatusCode);
            }
        }

        var mine = await manager.GetFromJsonAsync<JsonElement>("/api/tasks/counts");
        Assert.Equal(1, mine.GetProperty("mine").GetInt32());
        Assert.Equal(4, mine.GetProperty("available").GetInt32());
        Assert.Equal(1, mine.GetProperty("overdue").GetInt32());
        Assert.Equal(1, mine.GetProperty("dueSoon").GetInt32());
        var coordinator = await (await Factory.ClientForAsync(Coordinator)).GetFromJsonAsync<JsonElement>("/api/tasks/counts");
        Assert.Equal(5, coordinator.GetProperty("all").GetInt32());
        Assert.Equal(0, (await (await Factory.ClientForAsync(Lawyer)).GetFromJsonAsync<JsonElement>("/api/tasks/counts")).GetProperty("available").GetInt32());
        Assert.Equal(16, checkedQueues);
    }

    private async Task DueAsync(Guid taskId, TimeSpan fromNow)
    {
        var due = Factory.Clock.GetUtcNow() + fromNow;
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Tasks.Where(t => t.Id == taskId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAt, due).SetProperty(t => t.DueSort, due));
    }
}
