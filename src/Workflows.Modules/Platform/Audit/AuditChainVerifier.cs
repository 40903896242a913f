using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>
/// Result of walking the chain: the first row whose MAC or link does not hold, if any, and whether the newest
/// anchor (when one was given) still matches the log.
/// </summary>
public sealed record AuditVerification(long RowsChecked, long? FirstBrokenId, long? AnchorRowId = null, string? AnchorProblem = null)
{
    public bool IsIntact => FirstBrokenId is null && AnchorProblem is null;
}

/// <summary>Why the log does not match its newest anchor; spellings are part of the API.</summary>
public static class AnchorProblems
{
    /// <summary>The anchor's MAC does not hold under this audit key: forged, edited, or written under another key.</summary>
    public const string NotSigned = "anchor-not-signed";

    /// <summary>The anchored row is gone: the log was cut short.</summary>
    public const string RowMissing = "anchored-row-missing";

    /// <summary>The anchored row has another hash: the chain was recomputed.</summary>
    public const string HashDiffers = "anchored-hash-differs";
}

/// <summary>
/// Recomputes every MAC in id order. An edited row fails its own MAC; a deleted or inserted row breaks the link
/// of the row after it. Removing rows at the very end leaves no trace in the chain itself, which is what the
/// anchor kept outside the database catches (rows written after the newest anchor excepted).
/// </summary>
public static class AuditChainVerifier
{
    public static async Task<AuditVerification> VerifyAsync(
        WorkflowsDbContext db, AuditKey key, AuditAnchor? anchor = null, int batchSize = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(key);
        var expectedPrev = AuditHasher.Genesis;
        var lastId = long.MinValue;
        long checkedRows = 0;
        byte[]? anchoredHash = anchor is { RowId: 0 } ? AuditHasher.Genesis : null;
        while (true)
        {
            var batch = await db.Set<AuditEntryEntity>().AsNoTracking()
                .Where(a => a.Id > lastId)
                .OrderBy(a => a.Id)
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return new AuditVerification(checkedRows, null, anchor?.RowId, AnchorProblem(anchor, key, anchoredHash));
            }

            foreach (var row in batch)
            {
                if (!row.PrevHash.AsSpan().SequenceEqual(expectedPrev) || !row.Hash.AsSpan().SequenceEqual(AuditHasher.Compute(key, row.PrevHash, row)))
                {
                    return new AuditVerification(checkedRows, row.Id, anchor?.RowId, anchor is null || anchor.IsSignedBy(key) ? null : AnchorProblems.NotSigned);
                }

                checkedRows++;
                expectedPrev = row.Hash;
                lastId = row.Id;
                if (anchor is not null && row.Id == anchor.RowId)
                {
                    anchoredHash = row.Hash;
                }
            }
        }
    }

    private static string? AnchorProblem(AuditAnchor? anchor, AuditKey key, byte[]? anchoredHash)
    {
        if (anchor is null)
        {
            return null;
        }

        if (!anchor.IsSignedBy(key))
        {
            return AnchorProblems.NotSigned;
        }

        if (anchoredHash is null)
        {
            return AnchorProblems.RowMissing;
        }

        return string.Equals(Convert.ToHexStringLower(anchoredHash), anchor.Hash, StringComparison.Ordinal) ? null : AnchorProblems.HashDiffers;
    }
}
