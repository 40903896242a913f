using System.Text.Json;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Engine;

public sealed class DurabilityTests(AstraApiFactory factory) : ApiTest(factory)
{
    private static readonly JsonElement Empty = JsonSerializer.SerializeToElement(new { });

    [Fact]
    public async Task Two_hundred_concurrent_resumes_apply_each_bookmark_exactly_once_and_lose_none()
    {
        const int branches = 100;
        await TestDefinitions.PublishAsync(Factory, Flows.ManyBookmarks(branches));
        var coordinator = Factory.Services.GetRequiredService<InstanceCoordinator>();
        var started = (await coordinator.StartAsync("many", null, Empty))!.Instance;
        Assert.Equal(branches, started.Bookmarks.Count);

        // Every bookmark twice with the same key: 200 resumes racing on one instance.
        var calls = started.Bookmarks.SelectMany(b => new[] { b, b })
            .Select(b => Task.Run(() => coordinator.ResumeAsync(started.Id, b.Id, new ResumePayload(null, null), $"key:{b.Id}")))
            .ToList();
        var results = await Task.WhenAll(calls);

        Assert.All(results, r => Assert.Equal(ResumeStatus.Resumed, r.Status));
        Assert.Equal(branches, results.Count(r => !r.Replayed));
        var store = Factory.Services.GetRequiredService<IInstanceStore>();
        var final = await store.LoadAsync(started.Id);
        Assert.Equal(InstanceStatus.Completed, final!.Status);
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var completions = await db.Journal.Where(j => j.InstanceId == started.Id && j.Kind == "ActivityCompleted" && EF.Functions.Like(j.ActivityId!, "w%"))
            .GroupBy(j => j.ActivityId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(branches, completions.Count);
        Assert.All(completions, n => Assert.Equal(1, n));
        Assert.Equal(0, await db.Bookmarks.CountAsync(b => b.InstanceId == started.Id));
    }

    [Fact]
    public async Task A_crash_inside_the_commit_leaves_the_previous_state_and_the_repeated_resume_succeeds()
    {
        await TestDefinitions.PublishAsync(Factory, Flows.CrashAfterResume);
        var coordinator = Factory.Services.GetRequiredService<InstanceCoordinator>();
        var store = Factory.Services.GetRequiredService<IInstanceStore>();
        var started = (await coordinator.StartAsync("crash", null, Empty))!.Instance;
        var bookmark = Assert.Single(started.Bookmarks);

        // The journal insert is among the last statements of the burst's transaction: by then the instance row
        // was updated and the bookmark deleted. A trigger makes it fail there, as a crash would.
        await ExecuteAsync("""
            CREATE FUNCTION astra.test_crash() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.message = 'boom' THEN RAISE EXCEPTION 'injected crash'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER test_crash BEFORE INSERT ON astra.journal FOR EACH ROW EXECUTE FUNCTION astra.test_crash();
            """);
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => coordinator.ResumeAsync(started.Id, bookmark.Id, new ResumePayload(null, null), "go-1"));

            var unchanged = await store.LoadAsync(started.Id);
            Assert.Equal(started.Version, unchanged!.Version);
            Assert.Equal(InstanceStatus.Waiting, unchanged.Status);
            Assert.Single(await store.FindBookmarksAsync(bookmark.Key!));
            Assert.Null(await store.FindIdempotentResultAsync("go-1"));
        }
        finally
        {
            await ExecuteAsync("DROP TRIGGER test_crash ON astra.journal; DROP FUNCTION astra.test_crash();");
        }

        var repeated = await coordinator.ResumeAsync(started.Id, bookmark.Id, new ResumePayload(null, null), "go-1");
        Assert.Equal(ResumeStatus.Resumed, repeated.Status);
        Assert.Equal(InstanceStatus.Completed, (await store.LoadAsync(started.Id))!.Status);
    }

    [Fact]
    public async Task A_burst_writes_everything_in_one_transaction()
    {
        await TestDefinitions.PublishAsync(Factory, Flows.WaitForEvent);
        var coordinator = Factory.Services.GetRequiredService<InstanceCoordinator>();
        var started = (await coordinator.StartAsync("wait-event", null, Empty))!.Instance;
        var bookmark = Assert.Single(started.Bookmarks);

        var result = await coordinator.ResumeAsync(started.Id, bookmark.Id, new ResumePayload(null, null), "one-commit");

        Assert.Equal(ResumeStatus.Resumed, result.Status);
        // xmin is the id of the transaction that wrote a row: the instance row, the burst's journal lines and
        // the idempotency record must all carry the same one.
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*), count(DISTINCT x) FROM (
                SELECT xmin::text AS x FROM astra.journal WHERE instance_id = @id AND sequence > @sequence
                UNION ALL SELECT xmin::text FROM astra.workflow_instances WHERE id = @id
                UNION ALL SELECT xmin::text FROM astra.idempotency_keys WHERE key = 'one-commit') rows
            """, connection);
        command.Parameters.AddWithValue("id", started.Id);
        command.Parameters.AddWithValue("sequence", started.JournalSequence);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.True(reader.GetInt64(0) > 3, "the burst wrote journal lines, the instance and the key");
        Assert.Equal(1, reader.GetInt64(1));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
