using Astra.Workflows.Modules.Cases.Notes;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Documents;

internal static class DeleteDocument
{
    /// <summary>The content row goes (the file is unrecoverable), the record stays marked, and the audit says who did it.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Guid id, HttpContext http, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var document = await db.Set<CaseDocumentEntity>().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        var found = document is null ? null : await Contracts.CaseLookup.FindAsync(db, document.CaseId, cancellationToken);
        if (document is null || found is null)
        {
            return ApiProblems.NotFound("Document", id);
        }

        if (document.DeletedAt is not null)
        {
            return TypedResults.NoContent();
        }

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        document.DeletedAt = now;
        document.DeletedBy = CurrentUser.From(http).KnownId;
        await db.Set<CaseDocumentContentEntity>().Where(c => c.DocumentId == id).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(CaseRecordAudit.DocumentDelete, "case_document", id.ToString("D"), document.CaseId, found.Code, AuditOutcomes.Ok), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
