using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Cases.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Clients;

internal static class EraseClient
{
    public static RouteGroupBuilder MapEraseClient(this RouteGroupBuilder cases)
    {
        cases.MapDelete("/{id:guid}/client", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Coordinator))
            .AuditDenials(AuditActions.ClientErase, "client")
            .WithName("EraseClient")
            .WithSummary("Erase a client")
            .WithDescription("Crypto-shredding: destroys the only copy of the client's data key in the live database, so the identity can no longer be decrypted. The case and its pseudonymous history stay; the erasure is audited.");
        return cases;
    }

    /// <summary>
    /// Crypto-shredding: deleting the row destroys the only wrapped copy of the client's data key in the live
    /// database; the case and its pseudonymous history stay, and the erasure itself is audited.
    /// </summary>
    private static async Task<Results<NoContent, NotFound>> HandleAsync(
        Guid id, HttpContext http, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var code = await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => c.Code).FirstOrDefaultAsync(cancellationToken);
        var erased = code is null ? 0 : await db.Set<ClientIdentityEntity>().Where(c => c.CaseId == id).ExecuteDeleteAsync(cancellationToken);
        if (erased == 0)
        {
            return TypedResults.NotFound();
        }

        await db.AuditAsync(http, time, new AuditedAct(AuditActions.ClientErase, "client", id.ToString("D"), id, code, AuditOutcomes.Ok), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
