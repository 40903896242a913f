namespace Astra.Workflows.Modules.Definitions.Storage;

/// <summary>One stored version without its JSON: enough for listings and for the import's comparison.</summary>
public sealed record StoredVersionInfo(
    string DefinitionId,
    int Version,
    DefinitionVersionStatus Status,
    string Name,
    string ContentHash,
    string Source,
    DateTimeOffset SavedAt,
    DateTimeOffset? PublishedAt);
