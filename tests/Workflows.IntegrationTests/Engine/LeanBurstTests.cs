using System.Text.Json;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Definitions.InstanceStorage;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Engine;

/// <summary>The burst write path of ADR 0048: what it keeps from the path it replaced.</summary>
public sealed class LeanBurstTests(AstraApiFactory factory) : ApiTest(factory)
{
    private static readonly JsonElement Empty = JsonSerializer.SerializeToElement(new { });

    // The state options the store used before ADR 0048 (camelCase, enums by name).
    private static readonly JsonSerializerOptions EarlierStateJson = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Fact]
    public async Task A_start_runs_on_a_version_published_since_this_node_last_started_one()
    {
        var first = await TestDefinitions.PublishAsync(Factory, Flows.WaitForEvent);
        var coordinator = Factory.Services.GetRequiredService<InstanceCoordinator>();
        Assert.Equal(first, (await coordinator.StartAsync("wait-event", null, Empty)).Instance.DefinitionVersion);

        // Published behind this node's back, as another node would: the start's commit must notice.
        var second = await TestDefinitions.PublishAsync(Factory, Flows.WaitForEvent);
        var started = await coordinator.StartAsync("wait-event", null, Empty);

        Assert.Equal(second, started.Instance.DefinitionVersion);
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        Assert.Equal(second, await db.Instances.Where(i => i.Id == started.Instance.Id).Select(i => i.DefinitionVersion).SingleAsync());
    }

    [Fact]
    public async Task An_instance_written_by_the_earlier_EF_path_resumes_on_the_lean_path()
    {
        await TestDefinitions.PublishAsync(Factory, Flows.WaitForEvent);
        var definition = (await Factory.Services.GetRequiredService<IDefinitionProvider>().GetPublishedAsync("wait-event"))!;
        var runner = Factory.Services.GetRequiredService<WorkflowRunner>();
        var burst = await runner.StartAsync(definition, Guid.CreateVersion7(), null, Empty, new RunContext(TimeProvider.System, RunContext.SystemActor, null));

        // Rows exactly as the store wrote them before ADR 0048: tracked entities, the state serialised whole.
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            var instance = burst.Instance;
            db.Instances.Add(new InstanceEntity
            {
                Id = instance.Id,
                DefinitionId = instance.DefinitionId,
                DefinitionVersion = instance.DefinitionVersion,
                Status = instance.Status.ToString(),
                State = JsonSerializer.Serialize(instance, EarlierStateJson),
                Version = instance.Version,
                CreatedAt = instance.CreatedAt,
                UpdatedAt = instance.UpdatedAt,
            });
            db.Bookmarks.AddRange(burst.BookmarksCreated.Select(b => new BookmarkEntity
            {
                Id = b.Id, InstanceId = b.InstanceId, Kind = b.Kind, Key = b.Key, ActivityId = b.ActivityId, DueAt = b.DueAt, CreatedAt = b.CreatedAt,
            }));
            await db.SaveChangesAsync();
        }

        var bookmark = Assert.Single(burst.BookmarksCreated);
        var coordinator = Factory.Services.GetRequiredService<InstanceCoordinator>();
        var resumed = await coordinator.ResumeAsync(burst.Instance.Id, bookmark.Id, new ResumePayload(null, null), "old-row");
        var repeated = await coordinator.ResumeAsync(burst.Instance.Id, bookmark.Id, new ResumePayload(null, null), "old-row");

        Assert.Equal(ResumeStatus.Resumed, resumed.Status);
        Assert.True(repeated.Replayed);
        var stored = await Factory.Services.GetRequiredService<IInstanceStore>().LoadAsync(burst.Instance.Id);
        Assert.Equal(InstanceStatus.Completed, stored!.Status);
        Assert.Equal(burst.Instance.Version + 1, stored.Version);
        Assert.Empty(await Factory.Services.GetRequiredService<IInstanceStore>().FindBookmarksAsync(bookmark.Key!));
    }
}
