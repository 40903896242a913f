namespace Astra.Workflows.Modules.Definitions.Api;

public enum DefinitionImportOutcome
{
    /// <summary>Stored and published (version 1, or a new version of a file the import stored before).</summary>
    Published,

    /// <summary>The newest stored version already has this content.</summary>
    Unchanged,

    /// <summary>The file does not parse or validate; nothing stored.</summary>
    Invalid,

    /// <summary>A designer edit (or another file) is newer and differs; left alone and reported.</summary>
    Conflict,

    /// <summary>Another node changed the definition while this one imported; the next start compares again.</summary>
    Skipped,
}

public sealed record DefinitionImportResult(string File, string? DefinitionId, DefinitionImportOutcome Outcome, int? Version = null, string? Message = null);
