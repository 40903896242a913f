using System.Collections.Concurrent;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Ports;

namespace Astra.Workflows.DevelopmentSupport.InMemory;

/// <summary>Definitions held in memory; each <see cref="Publish"/> makes version N+1 the published one.</summary>
public sealed class InMemoryDefinitionProvider : IDefinitionProvider
{
    private readonly ConcurrentDictionary<string, List<DefinitionVersion>> versions = new(StringComparer.Ordinal);

    public DefinitionVersion Publish(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var list = versions.GetOrAdd(definition.DefinitionId, _ => []);
        lock (list)
        {
            var published = new DefinitionVersion(definition, list.Count + 1);
            list.Add(published);
            return published;
        }
    }

    public Task<DefinitionVersion?> GetPublishedAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        if (!versions.TryGetValue(definitionId, out var list))
        {
            return Task.FromResult<DefinitionVersion?>(null);
        }

        lock (list)
        {
            return Task.FromResult(list.LastOrDefault());
        }
    }

    public Task<DefinitionVersion?> GetVersionAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        if (!versions.TryGetValue(definitionId, out var list))
        {
            return Task.FromResult<DefinitionVersion?>(null);
        }

        lock (list)
        {
            return Task.FromResult(list.FirstOrDefault(v => v.Version == version));
        }
    }
}
