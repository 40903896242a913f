using System.Text.Json;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Tests.Support;

namespace Astra.Workflows.Engine.Tests.Definitions;

public class DefinitionSerializerTests
{
    [Fact]
    public void Round_trip_keeps_every_field()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Definitions, "case-intake.workflow.json"));

        var parsed = DefinitionSerializer.Parse(text);
        var written = DefinitionSerializer.Write(parsed);
        var reparsed = DefinitionSerializer.Parse(written);

        Assert.Equal(written, DefinitionSerializer.Write(reparsed));
        Assert.Equal("case-intake", reparsed.DefinitionId);
        Assert.Equal(parsed.Activities.Count, reparsed.Activities.Count);
        var decision = reparsed.Activities.Single(a => a.Id == "foreign");
        Assert.Equal(new DesignerPosition(360, 200), decision.Designer);
        Assert.Equal("case.nationality !== undefined && case.nationality !== 'RS'", decision.Inputs["condition"].GetProperty("js").GetString());
        Assert.Contains(reparsed.Connections, c => c is { From: "route", Outcome: "Default", To: "escalate" });
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(text).RootElement, JsonDocument.Parse(written).RootElement));
    }

    [Fact]
    public void Written_json_is_camel_case_and_indented_without_nulls()
    {
        var definition = new WorkflowDefinition
        {
            DefinitionId = "x",
            Name = "X",
            Activities = [new ActivityDefinition { Id = "start", Type = "flow.start" }],
            Connections = [new ConnectionDefinition { From = "start", To = "end" }],
        };

        var json = DefinitionSerializer.Write(definition);

        Assert.Contains("\"schemaVersion\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"definitionId\": \"x\"", json, StringComparison.Ordinal);
        Assert.Contains("\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain("outcome", json, StringComparison.Ordinal);
        Assert.DoesNotContain("effectiveOutcome", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_gives_a_clear_error_with_line()
    {
        var ex = Assert.Throws<DefinitionParseException>(() => DefinitionSerializer.Parse("{\n  \"definitionId\": \"x\",\n  \"name\": \n}"));

        Assert.Contains("line 4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_properties_and_missing_required_ones_are_errors()
    {
        var typo = Assert.Throws<DefinitionParseException>(() => DefinitionSerializer.Parse("""{ "schemaVersion": 1, "definitionId": "x", "name": "X", "activites": [] }"""));
        var missing = Assert.Throws<DefinitionParseException>(() => DefinitionSerializer.Parse("""{ "name": "X" }"""));

        Assert.Contains("activites", typo.Message, StringComparison.Ordinal);
        Assert.Contains("definitionId", missing.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "definitionId": "x", "name": "X" }""", "schemaVersion")]
    [InlineData("""{ "schemaVersion": "1", "definitionId": "x", "name": "X" }""", "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": 1.5, "definitionId": "x", "name": "X" }""", "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": 1, "definitionId": "x", "name": "X", "activities": null }""", "$.activities")]
    [InlineData("""{ "schemaVersion": 1, "definitionId": "x", "name": "X", "connections": null }""", "$.connections")]
    [InlineData("""{ "schemaVersion": 1, "definitionId": "x", "name": "X", "events": null }""", "$.events")]
    [InlineData("""{ "schemaVersion": 1, "definitionId": "x", "name": "X", "variables": [null] }""", "$.variables[0]")]
    [InlineData("""{ "schemaVersion": 1, "definitionId": "x", "name": "X", "activities": [{ "id": "a", "type": "flow.start" }, null] }""", "$.activities[1]")]
    [InlineData("""{ "schemaVersion": 1, "definitionId": "x", "name": "X", "events": [{ "name": "E", "roles": [null] }] }""", "$.events[0].roles[0]")]
    [InlineData("""{ "schemaVersion": 1, "definitionId": "x", "name": "X", "activities": [{ "id": null, "type": "flow.start" }] }""", "$.activities[0].id")]
    [InlineData("""{ "schemaVersion": 1, "definitionId": "x", "name": "X", "connections": [{ "from": "a", "to": "b", "label": "typo" }] }""", "$.connections[0]")]
    public void A_missing_version_a_null_collection_or_entry_and_an_unknown_key_are_errors_naming_the_path(string json, string path)
    {
        var error = Assert.Throws<DefinitionParseException>(() => DefinitionSerializer.Parse(json));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
