using System.Text.Json.Serialization;

namespace Astra.Workflows.Engine.Definitions;

/// <summary>A definition pinned to the stored version an instance runs on.</summary>
public sealed record DefinitionVersion(WorkflowDefinition Definition, int Version)
{
    [JsonIgnore]
    public string DefinitionId => Definition.DefinitionId;
}
