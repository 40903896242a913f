using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Platform.Audit;

internal static class VerifyAudit
{
    public static RouteGroupBuilder MapVerifyAudit(this RouteGroupBuilder admin)
    {
        admin.MapPost("/audit/verify", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithName("VerifyAudit")
            .WithSummary("Verify the audit log")
            .WithDescription("Walks the keyed hash chain of the audit log and compares its head with the newest anchor kept outside the database.");
        return admin;
    }

    /// <summary>Walks the keyed chain and compares it with the newest anchor kept outside the database.</summary>
    private static async Task<AuditVerificationResponse> HandleAsync(
        WorkflowsDbContext db, AuditKey key, AuditAnchorStore anchors, CancellationToken cancellationToken)
    {
        var anchor = await anchors.ReadNewestAsync(cancellationToken);
        var result = await AuditChainVerifier.VerifyAsync(db, key, anchor, cancellationToken: cancellationToken);
        return ToResponse(result);
    }

    public static AuditVerificationResponse ToResponse(AuditVerification result) =>
        new(result.IsIntact, result.RowsChecked, result.FirstBrokenId, result.AnchorRowId, result.AnchorProblem);
}
