using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Crypto;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Cases.Clients;

internal static class SearchClients
{
    public static RouteGroupBuilder MapSearchClients(this RouteGroupBuilder clients)
    {
        clients.MapPost("/search", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.CaseManager))
            .AuditDenials(AuditActions.ClientSearch, "client")
            .WithName("SearchClients")
            .WithSummary("Search clients")
            .WithDescription("Exact-match search by identity fields through the blind index, The audit records that a search happened, never the term.");
        return clients;
    }

    /// <summary>Equality search through the blind index; the audit row records that a search happened, never the term.</summary>
    private static async Task<Results<Ok<IReadOnlyList<ClientSearchHit>>, ValidationProblem>> HandleAsync(
        ClientSearchRequest? request, HttpContext http, WorkflowsDbContext db, MasterKey key, TimeProvider time, CancellationToken cancellationToken)
    {
        var byName = BlindIndex.FullName(request?.FullName, key);
        var byDocument = BlindIndex.DocumentNumber(request?.DocumentNumber, key);
        if ((byName is null) == (byDocument is null))
        {
            return ApiProblems.Invalid(new Dictionary<string, string[]>
            {
                [byName is null ? "fullName" : "documentNumber"] = ["Search by exactly one of 'fullName' or 'documentNumber'."],
            });
        }

        var identities = db.Set<ClientIdentityEntity>().AsNoTracking();
        identities = byName is not null
            ? identities.Where(c => c.FullNameIndex == byName)
            : identities.Where(c => c.DocumentNumberIndexes.Contains(byDocument!));
        var hits = await identities
            .Join(db.Cases, i => i.CaseId, c => c.Id, (i, c) => c)
            .OrderBy(c => c.Code)
            .Take(100)
            .Select(c => new ClientSearchHit(c.Id, c.Code))
            .ToListAsync(cancellationToken);

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // A hit links a person to a case, so each one is recorded against its case.
            var by = byName is null ? "by-document-number" : "by-full-name";
            var acts = hits.Count == 0
                ? [new AuditedAct(AuditActions.ClientSearch, "client", by, null, null, "none")]
                : hits.Select(h => new AuditedAct(AuditActions.ClientSearch, "client", by, h.CaseId, h.CaseCode, "found")).ToList();
            foreach (var act in acts)
            {
                await db.AuditAsync(http, time, act, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return TypedResults.Ok<IReadOnlyList<ClientSearchHit>>(hits);
    }
}
