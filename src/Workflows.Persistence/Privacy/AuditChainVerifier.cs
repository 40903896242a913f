using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Persistence.Privacy;

/// <summary>Result of walking the chain: the first row whose hash or link does not hold, if any.</summary>
public sealed record AuditVerification(long RowsChecked, long? FirstBrokenId)
{
    public bool IsIntact => FirstBrokenId is null;
}

/// <summary>
/// Recomputes every hash in id order. An edited row fails its own hash; a deleted or inserted row breaks the
/// link of the row after it. Removing rows at the very end leaves no trace in the chain itself, so operators
/// keep the last hash elsewhere (see docs/security.md).
/// </summary>
public static class AuditChainVerifier
{
    public static async Task<AuditVerification> VerifyAsync(WorkflowsDbContext db, int batchSize = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var expectedPrev = AuditHasher.Genesis;
        var lastId = long.MinValue;
        long checkedRows = 0;
        while (true)
        {
            var batch = await db.Set<AuditEntryEntity>().AsNoTracking()
                .Where(a => a.Id > lastId)
                .OrderBy(a => a.Id)
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return new AuditVerification(checkedRows, null);
            }

            foreach (var row in batch)
            {
                if (!row.PrevHash.AsSpan().SequenceEqual(expectedPrev) || !row.Hash.AsSpan().SequenceEqual(AuditHasher.Compute(row.PrevHash, row)))
                {
                    return new AuditVerification(checkedRows, row.Id);
                }

                checkedRows++;
                expectedPrev = row.Hash;
                lastId = row.Id;
            }
        }
    }
}
