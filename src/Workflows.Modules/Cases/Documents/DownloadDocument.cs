using Astra.Workflows.Modules.Cases.Notes;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Documents;

internal static class DownloadDocument
{
    /// <summary>The audit row commits before the file leaves the server: no record, no download.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> HandleAsync(
        Guid id, HttpContext http, WorkflowsDbContext db, MasterKey key, TimeProvider time, CancellationToken cancellationToken)
    {
        // The document's filter is the case's need-to-know: another team's document is as unknown as a missing one.
        var document = await db.Set<CaseDocumentEntity>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        var code = document is null ? null : await Contracts.CaseLookup.FindAsync(db, document.CaseId, cancellationToken);
        if (document is null || code is null)
        {
            return ApiProblems.NotFound("Document", id);
        }

        if (document.DeletedAt is not null)
        {
            return ApiProblems.Of(StatusCodes.Status410Gone, "Gone", "This document was deleted; only its record remains.");
        }

        var content = await db.Set<CaseDocumentContentEntity>().AsNoTracking().FirstAsync(c => c.DocumentId == id, cancellationToken);
        var bytes = DocumentCipher.OpenContent(content, key);
        var name = DocumentCipher.OpenName(document, key);
        await db.RecordReadAsync(http, time, CaseRecordAudit.DocumentDownload, "case_document", id, document.CaseId, code.Code, cancellationToken);
        return TypedResults.File(bytes, document.MediaType, name);
    }
}
