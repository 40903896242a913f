using System.Collections.Concurrent;

namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>
/// Conflicts found by the last import, per definition. In memory on purpose: the import runs at every start,
/// so the list is rebuilt each time and needs no table; each node reports what its own import saw.
/// </summary>
public sealed class ImportConflicts
{
    private readonly ConcurrentDictionary<string, ImportConflict> byDefinition = new(StringComparer.Ordinal);

    public void Record(string definitionId, ImportConflict conflict) => byDefinition[definitionId] = conflict;

    public void Clear(string definitionId) => byDefinition.TryRemove(definitionId, out _);

    public ImportConflict? Find(string definitionId) => byDefinition.GetValueOrDefault(definitionId);
}
