using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Clients;

internal static class RecordClient
{
    public static RouteGroupBuilder MapRecordClient(this RouteGroupBuilder cases)
    {
        cases.MapPut("/{id:guid}/client", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.CaseManager))
            .AuditDenials(AuditActions.ClientUpdate, "client")
            .WithName("RecordClient")
            .WithSummary("Record or correct a client's identity")
            .WithDescription("Records the identity of a case opened without one, or replaces it with a corrected one. Sealed like at creation (a new data key each time); the old ciphertext is gone. Audited as client.create or client.update. A case the caller may not see is 404.");
        return cases;
    }

    private static async Task<Results<Ok<RecordClientResponse>, NotFound, ValidationProblem>> HandleAsync(
        Guid id, ClientIdentity? request, HttpContext http, WorkflowsDbContext db, MasterKey key, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return ApiProblems.Invalid("fullName", "The client's identity is required.");
        }

        if (ClientValidation.Validate(request, time, string.Empty) is { Count: > 0 } errors)
        {
            return ApiProblems.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Locked, so two corrections of one case cannot interleave their delete and insert.
        var code = await db.Cases.FromSql($"SELECT * FROM astra.cases WHERE id = {id} FOR UPDATE").AsNoTracking()
            .Select(c => c.Code).FirstOrDefaultAsync(cancellationToken);
        if (code is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var identities = db.Set<ClientIdentityEntity>();
        var createdAt = await identities.Where(c => c.CaseId == id).Select(c => (DateTimeOffset?)c.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        // A correction replaces the row: a fresh data key seals the new identity and the old ciphertext is dropped with its key.
        await identities.Where(c => c.CaseId == id).ExecuteDeleteAsync(cancellationToken);
        var sealedRow = ClientIdentityCodec.Seal(id, request, key, now);
        sealedRow.CreatedAt = createdAt ?? now;
        identities.Add(sealedRow);
        await db.SaveChangesAsync(cancellationToken);
        var action = createdAt is null ? AuditActions.ClientCreate : AuditActions.ClientUpdate;
        await db.AuditAsync(http, time, new AuditedAct(action, "client", id.ToString("D"), id, code, AuditOutcomes.Ok), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new RecordClientResponse(id, code, createdAt is null ? "recorded" : "corrected"));
    }
}
