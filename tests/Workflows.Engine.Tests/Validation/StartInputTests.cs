using Astra.Workflows.Engine.Tests.Support;
using Astra.Workflows.Engine.Validation;

namespace Astra.Workflows.Engine.Tests.Validation;

public class StartInputTests
{
    [Fact]
    public async Task A_missing_required_input_refuses_the_start_and_stores_nothing()
    {
        var engine = new EngineHarness();
        engine.Publish("""
        {
          "schemaVersion": 1, "definitionId": "needs-input", "name": "Needs input",
          "inputs": [{ "name": "servedOn", "type": "date", "required": true }, { "name": "note", "type": "string" }],
          "activities": [ { "id": "start", "type": "flow.start" } ]
        }
        """);

        var ex = await Assert.ThrowsAsync<StartInputException>(() => engine.StartAsync("needs-input", new { note = "x" }));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("servedOn", problem.Input);
        Assert.Equal(0, engine.Store.Commits);
        Assert.Equal(Astra.Workflows.Engine.Runtime.InstanceStatus.Completed, (await engine.StartAsync("needs-input", new { servedOn = "2026-11-27" })).Status);
    }
}
