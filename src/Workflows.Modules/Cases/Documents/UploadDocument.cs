using Astra.Workflows.Modules.Cases.Access;
using Astra.Workflows.Modules.Cases.Notes;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Tasks.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Astra.Workflows.Modules.Cases.Documents;

internal static class UploadDocument
{
    public static async Task<Results<Created<CaseDocumentResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id,
        IFormFile? file,
        [FromForm] string? kind,
        [FromForm] Guid? taskId,
        HttpContext http,
        WorkflowsDbContext db,
        ITaskReads tasks,
        MasterKey key,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var found = await CaseRecordAccess.CaseAsync(db, id, cancellationToken);
        if (found is null)
        {
            return ApiProblems.NotFound("Case", id);
        }

        if (file is null || file.Length == 0)
        {
            return ApiProblems.Invalid("file", "Choose a file to upload.");
        }

        if (file.Length > DocumentRules.MaxBytes)
        {
            return ApiProblems.OfField(StatusCodes.Status413PayloadTooLarge, "Payload too large", "A document may be at most 20 MB.", "file", "At most 20 MB.");
        }

        if (kind is null || !DocumentKinds.All.Contains(kind, StringComparer.Ordinal))
        {
            return ApiProblems.Invalid("kind", $"One of: {string.Join(", ", DocumentKinds.All)}.");
        }

        var name = Path.GetFileName(file.FileName ?? string.Empty).Trim();
        if (name.Length is 0 or > DocumentRules.MaxNameLength || name.Any(char.IsControl))
        {
            return ApiProblems.Invalid("file", $"The file needs a name of at most {DocumentRules.MaxNameLength} characters without control characters.");
        }

        if (taskId is { } task && !(await tasks.OpenOfCaseAsync(id, cancellationToken)).Any(t => t.Id == task))
        {
            return ApiProblems.Invalid("taskId", "No open task of this case has this id.");
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }

        var sniffed = FileSniffer.Sniff(bytes, name);
        if (sniffed is null)
        {
            return ApiProblems.Invalid("file", "Only PDF, images (PNG, JPEG, TIFF, WebP) and office documents (Word, Excel, PowerPoint, OpenDocument) are accepted; the content of this file is none of them.");
        }

        if (!sniffed.Extensions.Contains(FileSniffer.Extension(name)))
        {
            return ApiProblems.Invalid("file", $"The content is {sniffed.MediaType} but the name ends otherwise; name it {string.Join(" or ", sniffed.Extensions)}.");
        }

        var now = time.GetUtcNow();
        var document = new CaseDocumentEntity
        {
            Id = Guid.CreateVersion7(now),
            CaseId = id,
            Kind = kind,
            MediaType = sniffed.MediaType,
            SizeBytes = bytes.LongLength,
            TaskId = taskId,
            UploadedBy = CurrentUser.From(http).KnownId,
            UploadedAt = now,
        };
        DocumentCipher.SealName(document, name, key);
        var content = DocumentCipher.SealContent(document, bytes, key);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(document);
        db.Add(content);
        await db.SaveChangesAsync(cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(CaseRecordAudit.DocumentUpload, "case_document", document.Id.ToString("D"), id, found.Code, AuditOutcomes.Ok), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var people = await DocumentResponses.PeopleAsync(db, [document], cancellationToken);
        return TypedResults.Created($"/api/documents/{document.Id}/content", DocumentResponses.Of(document, name, people));
    }
}
