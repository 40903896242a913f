using Astra.Workflows.Engine.Definitions;

namespace Astra.Workflows.Engine.Ports;

/// <summary>Published definition versions. Instances run on the version they started on.</summary>
public interface IDefinitionProvider
{
    /// <summary>The version new instances use, or null when the definition was never published.</summary>
    Task<DefinitionVersion?> GetPublishedAsync(string definitionId, CancellationToken cancellationToken = default);

    Task<DefinitionVersion?> GetVersionAsync(string definitionId, int version, CancellationToken cancellationToken = default);
}
