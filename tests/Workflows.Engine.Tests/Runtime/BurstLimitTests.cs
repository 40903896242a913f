using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Tests.Support;

namespace Astra.Workflows.Engine.Tests.Runtime;

public class BurstLimitTests
{
    [Fact]
    public async Task A_loop_without_a_wait_that_slipped_past_validation_faults_at_the_burst_limit()
    {
        var engine = new EngineHarness();
        // Published without validation on purpose: the runner must still not spin forever.
        engine.Definitions.Publish(Astra.Workflows.Engine.Definitions.DefinitionSerializer.Parse("""
        {
          "schemaVersion": 1, "definitionId": "spin", "name": "Spin",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "a", "type": "log.note", "inputs": { "text": "a" } },
            { "id": "b", "type": "log.note", "inputs": { "text": "b" } }
          ],
          "connections": [ { "from": "start", "to": "a" }, { "from": "a", "to": "b" }, { "from": "b", "to": "a" } ]
        }
        """));

        var instance = await engine.StartAsync("spin");

        Assert.Equal(InstanceStatus.Faulted, instance.Status);
        Assert.Contains("activities ran in one burst", Assert.Single(instance.Incidents).Message, StringComparison.Ordinal);
    }
}
