namespace Astra.Workflows.Modules.Definitions.Storage;

public enum DefinitionVersionStatus
{
    Draft,
    Published,
}

/// <summary>
/// One stored version of a workflow definition. A definition has at most one draft, always numbered one above
/// its newest published version; publishing turns the draft into that version for good.
/// </summary>
public sealed class DefinitionVersionEntity
{
    public string DefinitionId { get; set; } = string.Empty;

    public int Version { get; set; }

    public DefinitionVersionStatus Status { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The definition exactly as saved (the same format as definitions/*.workflow.json).</summary>
    public string Json { get; set; } = string.Empty;

    /// <summary>SHA-256 of the normalised JSON: start-up import compares it to skip unchanged files.</summary>
    public string ContentHash { get; set; } = string.Empty;

    /// <summary>"file:definitions/x.workflow.json" or a user id: lets the import tell a designer edit from its own.</summary>
    public string Source { get; set; } = string.Empty;

    public DateTimeOffset SavedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }
}
