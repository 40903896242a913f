namespace Astra.Workflows.Engine.Definitions;

/// <summary>A value the caller passes when starting an instance; scripts read it as <c>input.name</c>.</summary>
public sealed record WorkflowInputDefinition
{
    public required string Name { get; init; }
    public string Type { get; init; } = "string";
    public bool Required { get; init; }
    public string? Description { get; init; }
}
