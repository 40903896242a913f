using Astra.Workflows.Modules.Cases.Access;
using Astra.Workflows.Modules.Cases.Notes;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Documents;

internal static class ListDocuments
{
    public static async Task<Results<Ok<List<CaseDocumentResponse>>, ProblemHttpResult>> HandleAsync(
        Guid id, HttpContext http, WorkflowsDbContext db, MasterKey key, CancellationToken cancellationToken)
    {
        var found = await CaseRecordAccess.CaseAsync(db, id, cancellationToken);
        if (found is null)
        {
            return ApiProblems.NotFound("Case", id);
        }

        var rows = await db.Set<CaseDocumentEntity>().AsNoTracking().Where(d => d.CaseId == id)
            .OrderByDescending(d => d.UploadedAt).ThenByDescending(d => d.Id).ToListAsync(cancellationToken);
        var names = await DocumentResponses.PeopleAsync(db, rows, cancellationToken);
        var list = rows.Select(r => DocumentResponses.Of(r, DocumentCipher.OpenName(r, key), names)).ToList();
        await http.RecordAsync(CaseRecordAudit.DocumentList, "case_document", null, id, found.Code);
        return TypedResults.Ok(list);
    }
}

internal static class DocumentResponses
{
    public static Task<Dictionary<Guid, string>> PeopleAsync(WorkflowsDbContext db, List<CaseDocumentEntity> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Where(r => r.UploadedBy is not null).Select(r => r.UploadedBy!.Value).Distinct().ToList();
        return db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    public static CaseDocumentResponse Of(CaseDocumentEntity row, string name, Dictionary<Guid, string> people) =>
        new(row.Id, row.CaseId, row.Kind, name, row.MediaType, row.SizeBytes, row.TaskId, row.UploadedBy,
            row.UploadedBy is { } by ? people.GetValueOrDefault(by) : null, row.UploadedAt, row.DeletedBy, row.DeletedAt);
}
