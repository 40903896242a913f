using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Cases.Storage;
using Astra.Workflows.Modules.Hotline.Contracts;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Search;

internal static class FindCase
{
    private const int MaxTerm = 200;
    private const int MaxHits = 100;

    public static RouteGroupBuilder MapFindCase(this RouteGroupBuilder cases)
    {
        cases.MapPost("/search", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.CaseManager))
            .AuditDenials(AuditActions.CaseSearch, "case")
            .WithName("FindCase")
            .WithSummary("Find a case")
            .WithDescription("Finds cases by exactly one of: the client's full name or a document number (exact match through the blind index), the case code, or the code of the hotline contact that became the case. Only cases the caller may see are answered. Every search is audited: how it searched and each case found, never the term.");
        return cases;
    }

    private static async Task<Results<Ok<IReadOnlyList<FindCaseHit>>, ValidationProblem>> HandleAsync(
        FindCaseRequest? request, HttpContext http, WorkflowsDbContext db, MasterKey key, TimeProvider time, CancellationToken cancellationToken)
    {
        var terms = new (string Field, string? Value)[]
        {
            ("fullName", request?.FullName), ("documentNumber", request?.DocumentNumber), ("caseCode", request?.CaseCode), ("contactCode", request?.ContactCode),
        }.Where(t => !string.IsNullOrWhiteSpace(t.Value)).ToList();
        if (terms.Count != 1)
        {
            return ApiProblems.Invalid(terms.Count == 0 ? "fullName" : terms[1].Field, "Search by exactly one of 'fullName', 'documentNumber', 'caseCode' or 'contactCode'.");
        }

        var (field, value) = (terms[0].Field, terms[0].Value!.Trim());
        if (value.Length > MaxTerm)
        {
            return ApiProblems.Invalid(field, $"At most {MaxTerm} characters.");
        }

        var matchedBy = field switch
        {
            "fullName" => "full-name",
            "documentNumber" => "document-number",
            "caseCode" => "case-code",
            _ => "contact-code",
        };
        var cases = await MatchAsync(db, key, field, value, cancellationToken);
        var hits = await cases.OrderBy(c => c.Code).Take(MaxHits)
            .Select(c => new FindCaseHit(c.Id, c.Code, c.Phase, c.OpenedAt, matchedBy))
            .ToListAsync(cancellationToken);

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // A hit links a term to a case, so each one is recorded against its case; the term itself never is.
            var acts = hits.Count == 0
                ? [new AuditedAct(AuditActions.CaseSearch, "case", "by-" + matchedBy, null, null, "none")]
                : hits.Select(h => new AuditedAct(AuditActions.CaseSearch, "case", "by-" + matchedBy, h.CaseId, h.CaseCode, "found")).ToList();
            foreach (var act in acts)
            {
                await db.AuditAsync(http, time, act, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return TypedResults.Ok<IReadOnlyList<FindCaseHit>>(hits);
    }

    /// <summary>Every branch goes through <c>db.Cases</c>, whose need-to-know filter drops cases the caller may not see.</summary>
    private static async Task<IQueryable<CaseEntity>> MatchAsync(WorkflowsDbContext db, MasterKey key, string field, string value, CancellationToken cancellationToken)
    {
        switch (field)
        {
            case "fullName":
                var byName = BlindIndex.FullName(value, key);
                return db.Cases.Where(c => db.Set<ClientIdentityEntity>().Any(i => i.CaseId == c.Id && i.FullNameIndex == byName));
            case "documentNumber":
                var byDocument = BlindIndex.DocumentNumber(value, key)!;
                return db.Cases.Where(c => db.Set<ClientIdentityEntity>().Any(i => i.CaseId == c.Id && i.DocumentNumberIndexes.Contains(byDocument)));
            case "caseCode":
                var code = value.ToUpperInvariant();
                return db.Cases.Where(c => c.Code == code);
            default:
                var caseId = await HotlineContactCases.CaseOfAsync(db, value.ToUpperInvariant(), cancellationToken);
                return db.Cases.Where(c => caseId != null && c.Id == caseId);
        }
    }
}
