using Astra.Workflows.Persistence;
using Astra.Workflows.Persistence.Identity;
using Astra.Workflows.Persistence.Privacy;

namespace Astra.Workflows.Host.Features.Audit;

internal static class VerifyAudit
{
    public static RouteGroupBuilder MapVerifyAudit(this RouteGroupBuilder admin)
    {
        admin.MapPost("/audit/verify", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithName("VerifyAudit");
        return admin;
    }

    private static async Task<AuditVerificationResponse> HandleAsync(WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var result = await AuditChainVerifier.VerifyAsync(db, cancellationToken: cancellationToken);
        return new AuditVerificationResponse(result.IsIntact, result.RowsChecked, result.FirstBrokenId);
    }
}
