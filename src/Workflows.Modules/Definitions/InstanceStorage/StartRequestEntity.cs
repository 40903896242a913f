namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>A <c>workflow.start</c> hand-off, committed with the burst that asked for it and carried out after.</summary>
public sealed class StartRequestEntity
{
    public Guid Id { get; set; }

    public Guid RequestedBy { get; set; }

    public string ActivityId { get; set; } = string.Empty;

    public string DefinitionId { get; set; } = string.Empty;

    public Guid? CaseId { get; set; }

    public string Input { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? StartedInstanceId { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public string? Error { get; set; }
}
