using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>Writes an anchor now (besides the daily one), e.g. before a planned database maintenance.</summary>
internal static class AnchorAudit
{
    public static RouteGroupBuilder MapAnchorAudit(this RouteGroupBuilder admin)
    {
        admin.MapPost("/audit/anchor", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithName("AnchorAudit")
            .WithSummary("Anchor the audit log")
            .WithDescription("Writes an anchor of the chain's head now, besides the daily one, e.g. before planned database maintenance. A chain that fails verification is not anchored (409 with the verification).");
        return admin;
    }

    private static async Task<Results<Ok<AuditAnchorResponse>, Conflict<AuditVerificationResponse>>> HandleAsync(
        AuditAnchorWriter writer, CancellationToken cancellationToken)
    {
        var (anchor, verification) = await writer.WriteAsync(cancellationToken);
        return anchor is null
            ? TypedResults.Conflict(VerifyAudit.ToResponse(verification))
            : TypedResults.Ok(new AuditAnchorResponse(anchor.RowId, anchor.Hash, anchor.At, anchor.KeyId, anchor.Mac));
    }
}
