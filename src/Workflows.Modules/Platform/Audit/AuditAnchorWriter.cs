using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>
/// Writes the chain's head to the anchor folder, but only after the chain verifies against the previous anchor:
/// anchoring a rewritten log would bless it. A refusal is logged (ids only, no case data) and reported to the caller.
/// </summary>
internal sealed partial class AuditAnchorWriter(
    IDbContextFactory<WorkflowsDbContext> contexts,
    AuditKey key,
    AuditAnchorStore store,
    TimeProvider time,
    ILogger<AuditAnchorWriter> logger)
{
    public async Task<(AuditAnchor? Anchor, AuditVerification Verification)> WriteAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var previous = await store.ReadNewestAsync(cancellationToken);
        var verification = await AuditChainVerifier.VerifyAsync(db, key, previous, cancellationToken: cancellationToken);
        if (!verification.IsIntact)
        {
            LogRefused(logger, verification.FirstBrokenId, verification.AnchorProblem);
            return (null, verification);
        }

        var (id, hash) = await AuditTrail.HeadAsync(db, cancellationToken);
        var anchor = AuditAnchor.Create(key, id, hash, time.GetUtcNow());
        await store.WriteAsync(anchor, cancellationToken);
        return (anchor, verification);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit anchor NOT written: the chain does not verify (first broken row {FirstBrokenId}, anchor problem {AnchorProblem}). Run verify-audit.")]
    private static partial void LogRefused(ILogger logger, long? firstBrokenId, string? anchorProblem);
}
