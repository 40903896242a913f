using Astra.Workflows.Engine.Definitions;

namespace Astra.Workflows.Engine.Ports;

/// <summary>Published definition versions. Instances run on the version they started on.</summary>
public interface IDefinitionProvider
{
    /// <summary>The version new instances use, or null when the definition was never published.</summary>
    Task<DefinitionVersion?> GetPublishedAsync(string definitionId, CancellationToken cancellationToken = default);

    Task<DefinitionVersion?> GetVersionAsync(string definitionId, int version, CancellationToken cancellationToken = default);

    /// <summary>
    /// The version a start runs on: the one last known to be published, without asking the database again. A store
    /// that checks, in the start's own commit, that it is still the newest answers <see cref="CommitOutcome.Stale"/>
    /// otherwise, and the start asks <see cref="GetPublishedAsync"/> and runs again. Defaults to asking every time.
    /// </summary>
    Task<DefinitionVersion?> GetPublishedForStartAsync(string definitionId, CancellationToken cancellationToken = default) =>
        GetPublishedAsync(definitionId, cancellationToken);
}
