namespace Astra.Workflows.Modules.Cases.Documents;

/// <summary>A document's record; <paramref name="DeletedAt"/> set means the content is gone and only this record stays.</summary>
public sealed record CaseDocumentResponse(
    Guid Id,
    Guid CaseId,
    string Kind,
    string FileName,
    string MediaType,
    long SizeBytes,
    Guid? TaskId,
    Guid? UploadedBy,
    string? UploadedByName,
    DateTimeOffset UploadedAt,
    Guid? DeletedBy,
    DateTimeOffset? DeletedAt);

internal static class DocumentRules
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The form's boundaries and other fields around the file; the request as a whole is refused beyond this.</summary>
    public const long MaxRequestBytes = MaxBytes + (64 * 1024);

    public const int MaxNameLength = 200;
}
