using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Crypto;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Privacy;

/// <summary>
/// Re-wraps every data key still under the old master key. Batches commit one by one, so an interrupted run
/// resumes where it stopped (rows already under the new key id are skipped); payloads are never re-encrypted.
/// </summary>
public static class MasterKeyRotation
{
    public static async Task<int> RewrapAllAsync(
        WorkflowsDbContext db, MasterKey from, MasterKey to, TimeProvider time, int batchSize = 200, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(time);
        if (from.Id == to.Id)
        {
            throw new InvalidOperationException("The new master key is the current one.");
        }

        var total = 0;
        while (true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = await db.Set<ClientIdentityEntity>()
                .Where(c => c.MasterKeyId == from.Id)
                .OrderBy(c => c.CaseId)
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var entity in batch)
            {
                ClientIdentityCodec.Rotate(entity, from, to, time.GetUtcNow());
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            total += batch.Count;
        }

        // Authenticator seeds are sealed the same way (ADR 0017).
        return total + await Platform.Identity.ProtectedUserStore.RewrapAuthenticatorKeysAsync(db, from, to, cancellationToken);
    }

    /// <summary>Rows under neither key: a rotation that started from another key, which this run cannot fix.</summary>
    public static Task<int> CountForeignAsync(WorkflowsDbContext db, MasterKey from, MasterKey to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return db.Set<ClientIdentityEntity>().CountAsync(c => c.MasterKeyId != from.Id && c.MasterKeyId != to.Id, cancellationToken);
    }
}
