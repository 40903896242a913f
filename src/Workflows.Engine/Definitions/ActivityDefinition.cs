using System.Text.Json;

namespace Astra.Workflows.Engine.Definitions;

/// <summary>One node of the flowchart. <see cref="Type"/> is a stable key such as <c>flow.decision</c>.</summary>
public sealed record ActivityDefinition
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }

    /// <summary>Raw inputs: a literal, a Liquid template string, or <c>{ "js": "…" }</c>; interpreted per the activity's descriptor.</summary>
    public IReadOnlyDictionary<string, JsonElement> Inputs { get; init; } = new Dictionary<string, JsonElement>();

    public DesignerPosition? Designer { get; init; }
}
