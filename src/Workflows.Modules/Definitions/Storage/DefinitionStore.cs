using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Astra.Workflows.Modules.Definitions.Storage;

/// <summary>
/// Draft and publish for stored definitions. Callers validate first; the store only keeps the version rules:
/// one draft per definition, numbered one above the newest published version, and a published version never
/// changes. Races are settled by the primary key, the one-draft index and a status check in the UPDATE, and
/// come back as <see cref="DefinitionWriteStatus.Conflict"/> rather than a second version with the same number.
/// </summary>
public sealed class DefinitionStore(IDbContextFactory<WorkflowsDbContext> contexts, TimeProvider time)
{
    /// <summary>Every version of every definition, without JSON, by id then version.</summary>
    public async Task<IReadOnlyList<StoredVersionInfo>> ListAllVersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Project(db.DefinitionVersions.AsNoTracking()).ToListAsync(cancellationToken);
    }

    /// <summary>The versions of one definition, oldest first; empty when it does not exist.</summary>
    public async Task<IReadOnlyList<StoredVersionInfo>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Project(db.DefinitionVersions.AsNoTracking().Where(v => v.DefinitionId == definitionId)).ToListAsync(cancellationToken);
    }

    /// <summary>The stored JSON of one version (draft or published), normalised; null when there is no such version.</summary>
    public async Task<string?> GetJsonAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var json = await db.DefinitionVersions.AsNoTracking()
            .Where(v => v.DefinitionId == definitionId && v.Version == version)
            .Select(v => v.Json)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : DefinitionContent.Normalise(json);
    }

    /// <summary>Creates the draft, or replaces the existing one, numbered newest published + 1.</summary>
    public async Task<DefinitionWriteResult> SaveDraftAsync(DefinitionContent content, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SaveDraftAsync(db, content, source, cancellationToken);
    }

    public async Task<DefinitionWriteResult> PublishAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PublishAsync(db, definitionId, cancellationToken);
    }

    /// <summary>Draft and publish in one transaction, for the import: a crash never leaves an imported file as a stray draft.</summary>
    public async Task<DefinitionWriteResult> SaveAndPublishAsync(DefinitionContent content, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var saved = await SaveDraftAsync(db, content, source, cancellationToken);
        if (saved.Status != DefinitionWriteStatus.Done)
        {
            return saved;
        }

        var published = await PublishAsync(db, content.DefinitionId, cancellationToken);
        if (published.Status == DefinitionWriteStatus.Done)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return published;
    }

    private static IQueryable<StoredVersionInfo> Project(IQueryable<DefinitionVersionEntity> versions) =>
        versions
            .OrderBy(v => v.DefinitionId).ThenBy(v => v.Version)
            .Select(v => new StoredVersionInfo(v.DefinitionId, v.Version, v.Status, v.Name, v.ContentHash, v.Source, v.SavedAt, v.PublishedAt));

    private async Task<DefinitionWriteResult> SaveDraftAsync(WorkflowsDbContext db, DefinitionContent content, string source, CancellationToken cancellationToken)
    {
        var definitionId = content.DefinitionId;
        var now = time.GetUtcNow();
        var draft = await db.DefinitionVersions.AsNoTracking()
            .Where(v => v.DefinitionId == definitionId && v.Status == DefinitionVersionStatus.Draft)
            .Select(v => (int?)v.Version)
            .FirstOrDefaultAsync(cancellationToken);
        if (draft is { } draftVersion)
        {
            // The status condition loses cleanly to a publish that turned this draft into a version meanwhile.
            var updated = await db.DefinitionVersions
                .Where(v => v.DefinitionId == definitionId && v.Version == draftVersion && v.Status == DefinitionVersionStatus.Draft)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(v => v.Name, content.Definition.Name)
                        .SetProperty(v => v.Json, content.Json)
                        .SetProperty(v => v.ContentHash, content.Hash)
                        .SetProperty(v => v.Source, source)
                        .SetProperty(v => v.SavedAt, now),
                    cancellationToken);
            return updated == 1 ? DefinitionWriteResult.Done(draftVersion) : DefinitionWriteResult.Conflict;
        }

        var newest = await db.DefinitionVersions
            .Where(v => v.DefinitionId == definitionId)
            .MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;
        db.DefinitionVersions.Add(new DefinitionVersionEntity
        {
            DefinitionId = definitionId,
            Version = newest + 1,
            Status = DefinitionVersionStatus.Draft,
            Name = content.Definition.Name,
            Json = content.Json,
            ContentHash = content.Hash,
            Source = source,
            SavedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return DefinitionWriteResult.Done(newest + 1);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return DefinitionWriteResult.Conflict;
        }
    }

    /// <summary>Publishes inside the caller's transaction on <paramref name="db"/>, so what records the act commits with it.</summary>
    public async Task<DefinitionWriteResult> PublishAsync(WorkflowsDbContext db, string definitionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var draft = await db.DefinitionVersions.AsNoTracking()
            .Where(v => v.DefinitionId == definitionId && v.Status == DefinitionVersionStatus.Draft)
            .Select(v => (int?)v.Version)
            .FirstOrDefaultAsync(cancellationToken);
        if (draft is not { } draftVersion)
        {
            var exists = await db.DefinitionVersions.AnyAsync(v => v.DefinitionId == definitionId, cancellationToken);
            return exists ? DefinitionWriteResult.NoDraft : DefinitionWriteResult.NotFound;
        }

        // Two publishes at once both see the draft; the row lock makes the second re-check the status and update nothing.
        var updated = await db.DefinitionVersions
            .Where(v => v.DefinitionId == definitionId && v.Version == draftVersion && v.Status == DefinitionVersionStatus.Draft)
            .ExecuteUpdateAsync(
                s => s.SetProperty(v => v.Status, DefinitionVersionStatus.Published)
                    .SetProperty(v => v.PublishedAt, (DateTimeOffset?)time.GetUtcNow()),
                cancellationToken);
        return updated == 1 ? DefinitionWriteResult.Done(draftVersion) : DefinitionWriteResult.Conflict;
    }
}
