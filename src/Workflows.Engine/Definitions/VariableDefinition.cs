using System.Text.Json;

namespace Astra.Workflows.Engine.Definitions;

/// <summary>A named instance variable; scripts read it as <c>vars.name</c>, <c>vars.set</c> writes it.</summary>
public sealed record VariableDefinition
{
    public required string Name { get; init; }
    public string Type { get; init; } = "json";
    public JsonElement? Default { get; init; }
    public string? Description { get; init; }
}
