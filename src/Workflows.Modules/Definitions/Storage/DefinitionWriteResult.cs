namespace Astra.Workflows.Modules.Definitions.Storage;

public enum DefinitionWriteStatus
{
    Done,

    /// <summary>No version of the definition exists.</summary>
    NotFound,

    /// <summary>Publish was asked for but there is no draft.</summary>
    NoDraft,

    /// <summary>Another writer got there first (a unique key or the draft's status changed under us).</summary>
    Conflict,
}

/// <summary>Outcome of a draft save or a publish; <see cref="Version"/> is set when <see cref="Status"/> is Done.</summary>
public sealed record DefinitionWriteResult(DefinitionWriteStatus Status, int Version = 0)
{
    public static DefinitionWriteResult Done(int version) => new(DefinitionWriteStatus.Done, version);

    public static readonly DefinitionWriteResult NotFound = new(DefinitionWriteStatus.NotFound);
    public static readonly DefinitionWriteResult NoDraft = new(DefinitionWriteStatus.NoDraft);
    public static readonly DefinitionWriteResult Conflict = new(DefinitionWriteStatus.Conflict);
}
