using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Reliability;

public sealed class BusyInstanceTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Events_for_an_instance_locked_elsewhere_answer_503_with_Retry_After_and_change_nothing()
    {
        await TestDefinitions.PublishAsync(Factory, ReliabilitySteps.TickLoop);
        await using var node = Factory.CreateSecondHost(("ConnectionStrings:Astra", SmallPool(Factory.RuntimeConnectionString)));
        var client = await ReliabilitySteps.ClientForAsync(node, "casemanager@astra.local");
        var (caseId, _) = await ApiSteps.OpenCaseAsync(client);
        var id = (await ApiSteps.StartAsync(client, "tick-loop", caseId)).GetProperty("id").GetGuid();

        // Another node's burst holding the instance, for longer than any request may wait.
        await using var holder = new NpgsqlConnection(Factory.ConnectionString);
        await holder.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM astra.workflow_instances WHERE id = @id FOR UPDATE", holder, hold))
        {
            lockRow.Parameters.AddWithValue("id", id);
            await lockRow.ExecuteScalarAsync();
        }

        var raises = Enumerable.Range(0, 4).Select(i => client.PostAsJsonAsync("/api/events", new { name = "tick", caseId, idempotencyKey = $"busy-{i}" })).ToArray();
        await Task.WhenAny(Task.WhenAll(raises), Task.Delay(TimeSpan.FromSeconds(40)));
        var answeredWhileHeld = raises.All(r => r.IsCompleted);
        var waitingOnLocks = await ReliabilitySteps.CountAsync(Factory,
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()");
        await hold.RollbackAsync();
        var responses = await Task.WhenAll(raises);

        Assert.True(answeredWhileHeld, "requests waited for the lock instead of answering busy");
        Assert.All(responses, r =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
            Assert.NotNull(r.Headers.RetryAfter);
        });
        Assert.Equal(0, waitingOnLocks);
        Assert.Equal(0, await ReliabilitySteps.NotesAsync(Factory, id));
    }

    [Fact]
    public async Task Two_hundred_events_for_one_instance_on_two_small_pooled_nodes_give_no_500_and_apply_each_key_at_most_once()
    {
        await TestDefinitions.PublishAsync(Factory, ReliabilitySteps.TickLoop);
        await using var nodeA = Factory.CreateSecondHost(("ConnectionStrings:Astra", SmallPool(Factory.RuntimeConnectionString)));
        await using var nodeB = Factory.CreateSecondHost(("ConnectionStrings:Astra", SmallPool(Factory.RuntimeConnectionString)));
        var clients = new[] { await ReliabilitySteps.ClientForAsync(nodeA, "casemanager@astra.local"), await ReliabilitySteps.ClientForAsync(nodeB, "casemanager@astra.local") };
        var (caseId, _) = await ApiSteps.OpenCaseAsync(clients[0]);
        var id = (await ApiSteps.StartAsync(clients[0], "tick-loop", caseId)).GetProperty("id").GetGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            clients[i % 2].PostAsJsonAsync("/api/events", new { name = "tick", caseId, idempotencyKey = $"storm-{i}" })));

        Assert.All(responses, r =>
        {
            Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{(int)r.StatusCode}: {r.Content.ReadAsStringAsync().Result}");
            if (r.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                Assert.NotNull(r.Headers.RetryAfter);
            }
        });
        var succeeded = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToArray();
        Console.WriteLine($"storm: {succeeded.Length} x 200, {responses.Length - succeeded.Length} x 503");
        Assert.NotEmpty(succeeded);
        var resumed = 0;
        foreach (var response in succeeded)
        {
            resumed += (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resumed").GetInt32();
        }

        // Every effect is committed with its own key record, and no key has more than one.
        var notes = await ReliabilitySteps.NotesAsync(Factory, id);
        var effectKeys = await ReliabilitySteps.CountAsync(Factory, "SELECT count(*) FROM astra.idempotency_keys WHERE key LIKE 'req:event:%:%'");
        var mostPerKey = await ReliabilitySteps.CountAsync(Factory,
            "SELECT coalesce(max(c), 0) FROM (SELECT count(*) AS c FROM astra.idempotency_keys WHERE key LIKE 'req:event:%:%' GROUP BY split_part(key, ':', 3)) k");
        Assert.True(resumed >= 1);
        Assert.True(notes >= resumed, $"{notes} notes for {resumed} answered resumes");
        Assert.Equal(notes, effectKeys);
        Assert.Equal(1, mostPerKey);
    }

    [Fact]
    public async Task A_node_out_of_connections_answers_503_with_Retry_After_not_500()
    {
        await TestDefinitions.PublishAsync(Factory, ReliabilitySteps.TickLoop);
        await using var node = Factory.CreateSecondHost(("ConnectionStrings:Astra",
            new NpgsqlConnectionStringBuilder(Factory.RuntimeConnectionString) { MaxPoolSize = 3, Timeout = 1 }.ConnectionString));
        var client = await ReliabilitySteps.ClientForAsync(node, "casemanager@astra.local");
        var (caseId, _) = await ApiSteps.OpenCaseAsync(client);
        var id = (await ApiSteps.StartAsync(client, "tick-loop", caseId)).GetProperty("id").GetGuid();

        // The audit chain held elsewhere: requests that reach their audit row keep their connection while they
        // wait, so the rest find the node's pool empty.
        await using var auditor = new NpgsqlConnection(Factory.ConnectionString);
        await auditor.OpenAsync();
        await using var auditing = await auditor.BeginTransactionAsync();
        await using (var chain = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({Astra.Workflows.Modules.Platform.Audit.AuditTrail.ChainLockKey})", auditor, auditing))
        {
            await chain.ExecuteNonQueryAsync();
        }

        var raises = Enumerable.Range(0, 30).Select(i => client.PostAsJsonAsync("/api/events", new { name = "tick", caseId, idempotencyKey = $"pool-{i}" })).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(4));
        await auditing.RollbackAsync();
        var responses = await Task.WhenAll(raises);

        Assert.All(responses, r =>
        {
            Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{(int)r.StatusCode}");
            Assert.True(r.StatusCode == HttpStatusCode.OK || r.Headers.RetryAfter is not null);
        });
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
        var mostPerKey = await ReliabilitySteps.CountAsync(Factory,
            "SELECT coalesce(max(c), 0) FROM (SELECT count(*) AS c FROM astra.idempotency_keys WHERE key LIKE 'req:event:%:%' GROUP BY split_part(key, ':', 3)) k");
        Assert.True(mostPerKey <= 1);
        Assert.True(await ReliabilitySteps.NotesAsync(Factory, id) <= responses.Length);
    }

    /// <summary>A node sized tightly: ten connections, and a short wait for one.</summary>
    private static string SmallPool(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 10, Timeout = 3 }.ConnectionString;
}
