using Astra.Workflows.Modules.Platform.Database;
using System.Collections.Concurrent;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Ports;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Definitions.Storage;

/// <summary>
/// Published definition versions from the database. A published version never changes, so parsed versions
/// are cached for the life of the process; only "which version is newest" is asked each time.
/// </summary>
public sealed class PostgresDefinitionProvider(IDbContextFactory<WorkflowsDbContext> contexts) : IDefinitionProvider
{
    private readonly ConcurrentDictionary<(string DefinitionId, int Version), DefinitionVersion> parsed = new();

    public async Task<DefinitionVersion?> GetPublishedAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var newest = await db.DefinitionVersions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.Status == DefinitionVersionStatus.Published)
            .MaxAsync(d => (int?)d.Version, cancellationToken);
        return newest is null ? null : await GetVersionAsync(definitionId, newest.Value, cancellationToken);
    }

    public async Task<DefinitionVersion?> GetVersionAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        if (parsed.TryGetValue((definitionId, version), out var cached))
        {
            return cached;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var json = await db.DefinitionVersions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.Version == version && d.Status == DefinitionVersionStatus.Published)
            .Select(d => d.Json)
            .FirstOrDefaultAsync(cancellationToken);
        if (json is null)
        {
            return null;
        }

        var loaded = new DefinitionVersion(DefinitionSerializer.Parse(json), version);
        return parsed.GetOrAdd((definitionId, version), loaded);
    }
}
