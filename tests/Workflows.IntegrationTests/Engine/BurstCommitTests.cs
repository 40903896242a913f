using System.Reflection;
using System.Text.Json;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Astra.Workflows.IntegrationTests.Engine;

/// <summary>ADR 0053: the COMMIT in the write batch, and the burst's connection drawn without an EF context.</summary>
public sealed class BurstCommitTests(AstraApiFactory factory) : ApiTest(factory)
{
    private static readonly JsonElement Empty = JsonSerializer.SerializeToElement(new { });

    [Fact]
    public async Task A_burst_refused_by_a_check_in_its_batch_commits_nothing_though_COMMIT_was_in_that_batch()
    {
        await TestDefinitions.PublishAsync(Factory, Flows.WaitForEvent);
        var started = (await Factory.Services.GetRequiredService<InstanceCoordinator>().StartAsync("wait-event", null, Empty)).Instance;
        var store = Factory.Services.GetRequiredService<IInstanceStore>();

        // No side effects and a resume: no module has work, so the COMMIT travels with the writes.
        var goneBookmark = await CommitAsync(store, started.Id, version => Resume(version) with { BookmarksConsumed = ["no-such-bookmark"] });
        var movedVersion = await CommitAsync(store, started.Id, version => Resume(version) with { ExpectedVersion = version + 5 });

        Assert.Equal(CommitOutcome.Conflict, goneBookmark);
        Assert.Equal(CommitOutcome.Conflict, movedVersion);
        var stored = await store.LoadAsync(started.Id);
        Assert.Equal(started.Version, stored!.Version);
        Assert.Equal(started.Status, stored.Status);
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        Assert.Equal(0, await db.Journal.CountAsync(j => j.InstanceId == started.Id && j.Message == "refused"));

        // The lock was let go and the connection came back clean: the next burst commits.
        Assert.Equal(CommitOutcome.Committed, await CommitAsync(store, started.Id, Resume));
        Assert.Equal(started.Version + 1, (await store.LoadAsync(started.Id))!.Version);

        BurstResult Resume(long version) => new()
        {
            Kind = BurstKind.Resume,
            Instance = started with { Version = version + 1 },
            ExpectedVersion = version,
            Journal = [new JournalEntry(started.Id, 1000 + version, Factory.Clock.GetUtcNow(), JournalEntryKind.Note, null, null, "test", null, "refused")],
        };
    }

    [Fact]
    public async Task The_burst_connection_comes_from_the_pool_the_EF_contexts_use()
    {
        // A node whose pool holds one connection: while a context holds it, a burst cannot open.
        await using var node = Factory.CreateSecondHost(("ConnectionStrings:Astra",
            new NpgsqlConnectionStringBuilder(Factory.RuntimeConnectionString) { MaxPoolSize = 1, Timeout = 1 }.ConnectionString));
        var store = node.Services.GetRequiredService<IInstanceStore>();
        await using (var db = await node.Services.GetRequiredService<IDbContextFactory<WorkflowsDbContext>>().CreateDbContextAsync())
        {
            await db.Database.OpenConnectionAsync();
            var exhausted = await Assert.ThrowsAnyAsync<NpgsqlException>(() => store.OpenAsync(Guid.CreateVersion7(), null));
            Assert.Contains("exhausted", exhausted.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_COMMIT_at_the_end_of_a_batch_completes_the_Npgsql_transaction_so_disposing_it_sends_nothing()
    {
        await using var connection = new NpgsqlConnection(Factory.RuntimeConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using (var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { new("SELECT 1"), new("COMMIT") } })
        {
            await batch.ExecuteNonQueryAsync();
        }

        // The store relies on this: after the batch's COMMIT the transaction object is complete, so its disposal
        // sends no ROLLBACK (a round trip the fold would otherwise give back).
        var completed = typeof(NpgsqlTransaction).GetProperty("IsCompleted", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!;
        Assert.True((bool)completed.GetValue(transaction)!);
        await transaction.DisposeAsync();
        await using var next = await connection.BeginTransactionAsync();
        await next.CommitAsync();
    }

    private static async Task<CommitOutcome> CommitAsync(IInstanceStore store, Guid instanceId, Func<long, BurstResult> burst)
    {
        await using var session = await store.OpenAsync(instanceId, null);
        Assert.NotNull(session);
        return await session.CommitAsync(burst(session.Instance.Version), null);
    }
}
