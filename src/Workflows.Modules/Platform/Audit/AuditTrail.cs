using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>
/// Appends to the audit log inside the caller's transaction, so the record commits or rolls back with the act.
/// An advisory transaction lock serialises writers: each reads the last hash only after the previous writer
/// committed, which keeps the chain linear. Call it last before commit; the lock is held until then.
/// </summary>
public static class AuditTrail
{
    /// <summary>Arbitrary, fixed: the one advisory lock key for the audit chain.</summary>
    public const long ChainLockKey = 0x41_53_54_52_41_41_55_44; // "ASTRAAUD"

    public static async Task<AuditEntryEntity> AppendAsync(
        WorkflowsDbContext db, AuditKey key, AuditRecord record, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(record);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit rows are written in the transaction of the act they record; begin one first.");
        }

        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", cancellationToken);
        var prevHash = await db.Set<AuditEntryEntity>()
            .OrderByDescending(a => a.Id)
            .Select(a => a.Hash)
            .FirstOrDefaultAsync(cancellationToken) ?? AuditHasher.Genesis;
        var row = new AuditEntryEntity
        {
            At = AuditHasher.ToStoredPrecision(at),
            UserId = record.UserId,
            Action = record.Action,
            Entity = record.Entity,
            EntityId = record.EntityId,
            CaseId = record.CaseId,
            CaseCode = record.CaseCode,
            Outcome = record.Outcome,
            ClientIp = record.ClientIp,
            Reason = record.Reason,
            PrevHash = prevHash,
        };
        row.Hash = AuditHasher.Compute(key, prevHash, row);
        db.Set<AuditEntryEntity>().Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    /// <summary>The newest row's id and hash; an empty log's head is id 0 and the genesis hash.</summary>
    public static async Task<(long Id, byte[] Hash)> HeadAsync(WorkflowsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var head = await db.Set<AuditEntryEntity>().AsNoTracking()
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.Id, a.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        return head is null ? (0, AuditHasher.Genesis) : (head.Id, head.Hash);
    }
}
