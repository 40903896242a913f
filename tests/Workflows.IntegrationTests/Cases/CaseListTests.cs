using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Cases;

public sealed class CaseListTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_case_manager_lists_only_their_teams_cases_newest_first_and_a_coordinator_lists_all()
    {
        var manager = await Factory.ClientForAsync(CaseManager);
        var (first, _) = await ApiSteps.OpenCaseAsync(manager);
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var (second, _) = await ApiSteps.OpenCaseAsync(manager);
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var (others, _) = await ApiSteps.OpenCaseAsync(await Factory.ClientForAsync(CaseManager2));

        Assert.Equal([second, first], Ids(await ListAsync(manager, "")));
        Assert.Equal([others], Ids(await ListAsync(await Factory.ClientForAsync(CaseManager2), "")));
        Assert.Empty(Ids(await ListAsync(await Factory.ClientForAsync(Lawyer), "")));
        Assert.Equal([others, second, first], Ids(await ListAsync(await Factory.ClientForAsync(Coordinator), "")));
        Assert.Equal([others, second, first], Ids(await ListAsync(await Factory.ClientForAsync(Director), "")));
    }

    [Fact]
    public async Task Pages_follow_the_cursor_and_phase_and_code_prefix_filter()
    {
        var coordinator = await Factory.ClientForAsync(Coordinator);
        var opened = new List<(Guid Id, string Code)>();
        for (var i = 0; i < 5; i++)
        {
            opened.Add(await ApiSteps.OpenCaseAsync(coordinator));
        }

        var recovery = await coordinator.PostAsJsonAsync("/api/cases", new { phase = "recovery" });
        Assert.Equal(HttpStatusCode.Created, recovery.StatusCode);
        var recoveryId = (await recovery.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // Same opening time for all (the clock stands still): the id breaks the tie, so no case is skipped or repeated.
        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await ListAsync(coordinator, $"limit=2{(cursor is null ? "" : $"&cursor={cursor}")}");
            seen.AddRange(Ids(page));
            cursor = page.GetProperty("next").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(6, seen.Distinct().Count());
        Assert.Equal(Ids(await ListAsync(coordinator, "")), seen);

        Assert.Equal([recoveryId], Ids(await ListAsync(coordinator, "phase=recovery")));
        Assert.Equal(5, Ids(await ListAsync(coordinator, "phase=identification")).Count);
        var code = opened[3].Code;
        Assert.Equal([opened[3].Id], Ids(await ListAsync(coordinator, $"code={code.ToLowerInvariant()}")));
        Assert.Equal(6, Ids(await ListAsync(coordinator, $"code={code[..8]}")).Count);
        Assert.Empty(Ids(await ListAsync(coordinator, "code=XX-")));
        // LIKE wildcards are escaped, not honoured.
        Assert.Empty(Ids(await ListAsync(coordinator, "code=%25")));
    }

    [Fact]
    public async Task Open_and_overdue_task_figures_and_the_next_due_time_come_with_each_case()
    {
        var manager = await Factory.ClientForAsync(CaseManager);
        var (code, _) = await StartAssessmentAsync(Factory, manager);
        var (idle, _) = await ApiSteps.OpenCaseAsync(manager);

        var items = (await ListAsync(manager, "")).GetProperty("items").EnumerateArray().ToList();
        var busy = items.Single(i => i.GetProperty("code").GetString() == code);
        Assert.Equal(1, busy.GetProperty("openTasks").GetInt32());
        Assert.Equal(0, busy.GetProperty("overdueTasks").GetInt32());
        var due = busy.GetProperty("nextDueAt").GetDateTimeOffset();
        Assert.True(due > Factory.Clock.GetUtcNow());
        var quiet = items.Single(i => i.GetProperty("id").GetGuid() == idle);
        Assert.Equal(0, quiet.GetProperty("openTasks").GetInt32());
        Assert.Equal(JsonValueKind.Null, quiet.GetProperty("nextDueAt").ValueKind);

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var past = Factory.Clock.GetUtcNow().AddHours(-1);
            await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Tasks
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAt, past).SetProperty(t => t.DueSort, past));
        }

        busy = (await ListAsync(manager, "")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code);
        Assert.Equal(1, busy.GetProperty("openTasks").GetInt32());
        Assert.Equal(1, busy.GetProperty("overdueTasks").GetInt32());
    }

    [Fact]
    public async Task Bad_filters_are_refused_naming_the_parameter()
    {
        var client = await Factory.ClientForAsync(Coordinator);
        foreach (var (query, field) in new[] { ("phase=court", "phase"), ("limit=0", "limit"), ("limit=201", "limit"), ("cursor=not-a-cursor", "cursor") })
        {
            var response = await client.GetAsync($"/api/cases?{query}");
            Assert.True((await ErrorsAsync(response)).TryGetProperty(field, out _), query);
        }
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/cases?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
}
