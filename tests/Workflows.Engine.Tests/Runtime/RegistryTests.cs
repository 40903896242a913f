using Astra.Workflows.Modules.Cases.Activities;
using Astra.Workflows.Activities;
using Astra.Workflows.Activities.Flow;
using Astra.Workflows.Activities.Timers;
using Astra.Workflows.Engine.Activities;

namespace Astra.Workflows.Engine.Tests.Runtime;

public class RegistryTests
{
    [Fact]
    public void Built_in_activities_have_the_documented_stable_keys()
    {
        var registry = BuiltInActivities.CreateRegistry([new SetCasePhaseActivity()]);

        Assert.Equal(
            ["case.phase", "event.wait", "flow.decision", "flow.end", "flow.fork", "flow.join", "flow.start", "flow.switch", "log.note", "timer.delay", "timer.until", "vars.set", "workflow.start"],
            registry.Descriptors.Select(d => d.Key).Order(StringComparer.Ordinal));
        Assert.All(registry.Descriptors, d => Assert.False(string.IsNullOrWhiteSpace(d.DisplayName)));
        Assert.Equal(new[] { "event.wait", "timer.delay", "timer.until" }, registry.Descriptors.Where(d => d.CanWait).Select(d => d.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Descriptors_serialise_for_the_designer_palette_in_camel_case()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new DelayActivity().Descriptor, System.Text.Json.JsonSerializerOptions.Web);

        Assert.Contains("\"key\":\"timer.delay\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"duration\"", json, StringComparison.Ordinal);
        Assert.Contains("\"syntax\":\"literal, expression\"", json, StringComparison.Ordinal);
        Assert.Contains("\"canWait\":true", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_activities_with_one_key_are_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ActivityRegistry([new StartActivity(), new StartActivity()]));

        Assert.Contains("flow.start", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Switch_outcomes_come_from_its_cases()
    {
        var activity = Astra.Workflows.Engine.Definitions.DefinitionSerializer.Parse("""
        { "schemaVersion": 1, "definitionId": "x", "name": "x", "activities": [ { "id": "s", "type": "flow.switch", "inputs": { "cases": [
          { "outcome": "A", "condition": { "js": "true" } }, { "outcome": "B", "condition": { "js": "true" } } ] } } ] }
        """).Activities[0];

        IActivity type = new SwitchActivity();

        Assert.Equal(["A", "B", "Default"], type.GetOutcomes(activity));
    }
}
