namespace Astra.Workflows.Modules.Cases.Contracts;

/// <summary>
/// Case documents as other modules may see them: a task form's <c>file</c> field answers with the id of a document
/// already uploaded to the task's case, and the Tasks module checks it here instead of reading the document table.
/// </summary>
public interface ICaseDocuments
{
    /// <summary>
    /// Whether the document exists on this case, is not deleted and, when <paramref name="kind"/> is given, is of that
    /// kind. Through the context's need-to-know filter, like the documents' own endpoints.
    /// </summary>
    Task<bool> ExistsAsync(Guid caseId, Guid documentId, string? kind, CancellationToken cancellationToken);
}

/// <summary>The kinds a document may have, for definitions that name one (a task form's file field).</summary>
public static class CaseDocumentKinds
{
    public static IReadOnlyList<string> All => Documents.DocumentKinds.All;
}
