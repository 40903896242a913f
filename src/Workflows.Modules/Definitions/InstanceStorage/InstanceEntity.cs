namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>
/// A workflow instance: queryable columns beside the engine's whole state as JSON. <see cref="Version"/> is the
/// optimistic-concurrency token every burst checks and bumps.
/// </summary>
public sealed class InstanceEntity
{
    public Guid Id { get; set; }

    public string DefinitionId { get; set; } = string.Empty;

    public int DefinitionVersion { get; set; }

    public Guid? CaseId { get; set; }

    public string Status { get; set; } = string.Empty;

    public string State { get; set; } = string.Empty;

    public long Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
