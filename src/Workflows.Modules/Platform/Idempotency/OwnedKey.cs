using System.Text.Json;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Platform.Idempotency;

/// <summary>
/// A key this request holds. <see cref="CompleteAsync"/> stores the answer (inside the caller's transaction
/// when given its context, so the answer and the work commit together); disposing without completing frees
/// the key so a retry can do the work.
/// </summary>
internal sealed class OwnedKey(IDbContextFactory<WorkflowsDbContext> contexts, string key, string fingerprint, Guid token, Guid reservedId, IDisposable localLease)
    : IAsyncDisposable
{
    /// <summary>The id what this key creates gets: a retry after a lost answer finds it instead of creating a twin.</summary>
    public Guid ReservedId { get; } = reservedId;

    /// <summary>Stores the answer; false when the claim was taken over meanwhile (the caller must not commit).</summary>
    public async Task<bool> CompleteAsync<TBody>(int status, string? location, TBody body, WorkflowsDbContext? inTransaction, CancellationToken cancellationToken)
    {
        var answer = new StoredAnswer(StoredAnswer.Done, fingerprint, token, ReservedId, null, status, location, JsonSerializer.SerializeToElement(body, JsonSerializerOptions.Web));
        var json = JsonSerializer.Serialize(answer, JsonSerializerOptions.Web);
        var tokenText = token.ToString("D");
        int updated;
        if (inTransaction is not null)
        {
            updated = await Update(inTransaction, json, tokenText, cancellationToken);
        }
        else
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            updated = await Update(db, json, tokenText, cancellationToken);
        }

        return updated == 1;
    }

    private Task<int> Update(WorkflowsDbContext db, string json, string tokenText, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"UPDATE astra.idempotency_keys SET result = {json}::jsonb WHERE key = {key} AND result->>'state' = 'pending' AND result->>'token' = {tokenText}",
            cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Still pending means no answer was committed (never stored, or its transaction rolled back).
            // Not cancellable: a request aborted mid-work must still free its key.
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            var tokenText = token.ToString("D");
            await db.Database.ExecuteSqlAsync(
                $"DELETE FROM astra.idempotency_keys WHERE key = {key} AND result->>'state' = 'pending' AND result->>'token' = {tokenText}",
                CancellationToken.None);
        }
        finally
        {
            localLease.Dispose();
        }
    }
}
