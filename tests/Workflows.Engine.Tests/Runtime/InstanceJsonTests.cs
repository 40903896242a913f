using System.Text.Json;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Tests.Support;

namespace Astra.Workflows.Engine.Tests.Runtime;

/// <summary>Stores keep instance state as JSON; a state that went through JSON must resume like the original.</summary>
public class InstanceJsonTests
{
    [Fact]
    public async Task Instance_state_survives_a_json_round_trip_with_join_state_and_bookmarks()
    {
        var engine = new EngineHarness();
        var definition = engine.Publish(SampleDefinitions.TwoEvents);
        var started = await engine.StartAsync("two-events");
        var context = new RunContext(engine.Clock);
        var half = await engine.Runner.ResumeAsync(definition, started, started.Bookmarks.Single(b => b.ActivityId == "a").Id, ResumePayload.Empty, context);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var json = JsonSerializer.Serialize(half.Burst!.Instance, options);
        var restored = JsonSerializer.Deserialize<WorkflowInstance>(json, options)!;

        Assert.Single(restored.Joins);
        Assert.Equal(half.Burst.Instance.Version, restored.Version);
        var last = await engine.Runner.ResumeAsync(definition, restored, restored.Bookmarks.Single().Id, ResumePayload.Empty, context);
        Assert.Equal(InstanceStatus.Completed, last.Burst!.Instance.Status);
        Assert.Contains(last.Burst.Journal, j => j.Kind == JournalEntryKind.ActivityCompleted && j.ActivityId == "join");
    }
}
