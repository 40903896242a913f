using Astra.Workflows.Modules.Platform.Database;
using System.Collections.Concurrent;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Ports;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Definitions.Storage;

/// <summary>
/// Published definition versions from the database. A published version never changes, so parsed versions
/// are cached for the life of the process; "which version is newest" is asked each time, except by a start, which
/// runs on the newest this node has seen and has its commit check that no newer one was published (ADR 0048).
/// </summary>
public sealed class PostgresDefinitionProvider(IDbContextFactory<WorkflowsDbContext> contexts) : IDefinitionProvider
{
    private readonly ConcurrentDictionary<(string DefinitionId, int Version), DefinitionVersion> parsed = new();
    private readonly ConcurrentDictionary<string, int> newestSeen = new(StringComparer.Ordinal);

    public Task<DefinitionVersion?> GetPublishedForStartAsync(string definitionId, CancellationToken cancellationToken = default) =>
        newestSeen.TryGetValue(definitionId, out var newest)
            ? GetVersionAsync(definitionId, newest, cancellationToken)
            : GetPublishedAsync(definitionId, cancellationToken);

    public async Task<DefinitionVersion?> GetPublishedAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var newest = await db.DefinitionVersions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.Status == DefinitionVersionStatus.Published)
            .MaxAsync(d => (int?)d.Version, cancellationToken);
        if (newest is null)
        {
            return null;
        }

        // Versions are only ever published upwards; a slower reader must not set the newest back.
        newestSeen.AddOrUpdate(definitionId, newest.Value, (_, seen) => Math.Max(seen, newest.Value));
        return await GetVersionAsync(definitionId, newest.Value, cancellationToken);
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
