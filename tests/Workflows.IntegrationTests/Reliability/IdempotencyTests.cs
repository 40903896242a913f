using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Audit;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Reliability;

public sealed class IdempotencyTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Concurrent_repeats_of_one_event_key_get_the_same_answer_and_one_effect()
    {
        await TestDefinitions.PublishAsync(Factory, ReliabilitySteps.TickLoop);
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await ApiSteps.OpenCaseAsync(client);
        var id = (await ApiSteps.StartAsync(client, "tick-loop", caseId)).GetProperty("id").GetGuid();

        // The audit chain busy elsewhere: the first call commits its resume and then waits to write its audit
        // row, the widest window between effect and answer; every repeat arrives inside it.
        await using var auditor = new NpgsqlConnection(Factory.ConnectionString);
        await auditor.OpenAsync();
        await using var auditing = await auditor.BeginTransactionAsync();
        await using (var chain = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({AuditTrail.ChainLockKey})", auditor, auditing))
        {
            await chain.ExecuteNonQueryAsync();
        }

        var first = client.PostAsJsonAsync("/api/events", new { name = "tick", caseId, idempotencyKey = "tick-1" });
        await WaitUntilAsync(async () => await ReliabilitySteps.NotesAsync(Factory, id) == 1);
        var repeats = Enumerable.Range(0, 100).Select(_ => client.PostAsJsonAsync("/api/events", new { name = "tick", caseId, idempotencyKey = "tick-1" })).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await auditing.RollbackAsync();
        var responses = await Task.WhenAll([first, .. repeats]);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var answers = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.Single(answers.Distinct());
        Assert.Equal(1, JsonDocument.Parse(answers[0]).RootElement.GetProperty("resumed").GetInt32());
        Assert.Equal(1, await ReliabilitySteps.NotesAsync(Factory, id));
    }

    [Fact]
    public async Task A_retried_case_creation_returns_the_first_case_and_creates_no_second()
    {
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var before = await ReliabilitySteps.CountAsync(Factory, "SELECT count(*) FROM astra.cases");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PostWithKeyAsync(client, "/api/cases", new { phase = "identification" }, "case-retry-1")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()));
        Assert.Single(ids.Distinct());
        Assert.All(responses, r => Assert.Equal($"/api/cases/{ids[0]}", r.Headers.Location?.OriginalString));
        Assert.Equal(before + 1, await ReliabilitySteps.CountAsync(Factory, "SELECT count(*) FROM astra.cases"));

        var later = await PostWithKeyAsync(client, "/api/cases", new { phase = "identification" }, "case-retry-1");
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        Assert.Equal(ids[0], (await later.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(before + 1, await ReliabilitySteps.CountAsync(Factory, "SELECT count(*) FROM astra.cases"));
    }

    [Fact]
    public async Task A_key_reused_with_another_body_or_too_long_is_refused_naming_the_header()
    {
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        Assert.Equal(HttpStatusCode.Created, (await PostWithKeyAsync(client, "/api/cases", new { phase = "identification" }, "case-body-1")).StatusCode);
        var before = await ReliabilitySteps.CountAsync(Factory, "SELECT count(*) FROM astra.cases");

        var other = await PostWithKeyAsync(client, "/api/cases", new { phase = "recovery" }, "case-body-1");
        var tooLong = await PostWithKeyAsync(client, "/api/cases", new { phase = "identification" }, new string('k', 151));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.True((await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
        Assert.Equal(before, await ReliabilitySteps.CountAsync(Factory, "SELECT count(*) FROM astra.cases"));
    }

    [Fact]
    public async Task One_users_key_does_not_answer_for_another_user()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");

        var mine = await PostWithKeyAsync(manager, "/api/cases", new { phase = "identification" }, "shared-key");
        var theirs = await PostWithKeyAsync(coordinator, "/api/cases", new { phase = "identification" }, "shared-key");

        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.NotEqual(
            (await mine.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            (await theirs.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_retried_start_returns_the_first_instance_and_starts_no_second()
    {
        await TestDefinitions.PublishAsync(Factory, Flows.WaitForEvent);
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await ApiSteps.OpenCaseAsync(client);
        var body = new { definitionId = "wait-event", caseId, input = new { } };

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => PostWithKeyAsync(client, "/api/instances", body, "start-retry-1")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await ReliabilitySteps.CountAsync(Factory, "SELECT count(*) FROM astra.workflow_instances WHERE case_id = @c", ("c", caseId)));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200 && !await condition(); i++)
        {
            await Task.Delay(50);
        }
    }

    private static Task<HttpResponseMessage> PostWithKeyAsync(HttpClient client, string path, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
