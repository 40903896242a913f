using Astra.Workflows.Modules.Cases.Notes;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Astra.Workflows.Modules.Cases.Documents;

internal static class DocumentEndpoints
{
    public static readonly string[] Writers = NoteEndpoints.Writers;

    public static RouteGroupBuilder MapDocumentEndpoints(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/").WithTags("Documents");
        documents.MapGet("/cases/{id:guid}/documents", ListDocuments.HandleAsync).WithName("ListCaseDocuments")
            .WithSummary("List a case's documents")
            .WithDescription("The case's documents, newest first, deleted ones included (their content is gone). A case the caller may not see is 404. Every list is audited.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        documents.MapPost("/cases/{id:guid}/documents", UploadDocument.HandleAsync).RequireAuthorization(p => p.RequireRole(Writers)).WithName("UploadCaseDocument")
            .WithSummary("Upload a document to a case")
            .WithDescription("multipart/form-data with `file` (PDF, PNG, JPEG, TIFF, WebP, Word, Excel, PowerPoint or OpenDocument; at most 20 MB), `kind` and optionally `taskId`. The type is read from the content, not the name; anything else is 400, a larger file 413. Stored encrypted.")
            // The service-wide body limit is 2 MB; only this endpoint takes a file, and no more than one.
            // Kestrel refuses a longer body with 413 while it is read; the handler answers 413 for a file over 20 MB
            // that came in under it. The form reader's own limit only backs these up (its refusal would be a 400).
            .WithMetadata(new RequestSizeLimitAttribute(DocumentRules.MaxRequestBytes))
            .WithFormOptions(multipartBodyLengthLimit: DocumentRules.MaxRequestBytes + (1024 * 1024), valueCountLimit: 8)
            // Multipart forms are not the framework's antiforgery's business here: the service's own middleware
            // already refuses a cookie-signed write without the antiforgery header.
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        documents.MapGet("/documents/{id:guid}/content", DownloadDocument.HandleAsync).WithName("DownloadDocument")
            .WithSummary("Download a document")
            .WithDescription("The document's file, decrypted, as an attachment. Audited before it leaves the server. Need-to-know like its case (404). 410 once deleted.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);
        documents.MapDelete("/documents/{id:guid}", DeleteDocument.HandleAsync).RequireAuthorization(p => p.RequireRole(Roles.Coordinator, Roles.CaseManager, Roles.Lawyer)).WithName("DeleteDocument")
            .WithSummary("Delete a document")
            .WithDescription("Removes the document's content for good; its record (kind, name, who uploaded and who deleted it, when) stays and the deletion is audited.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
