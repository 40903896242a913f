using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Documents;

internal sealed class CaseDocumentChecks(WorkflowsDbContext db) : ICaseDocuments
{
    public Task<bool> ExistsAsync(Guid caseId, Guid documentId, string? kind, CancellationToken cancellationToken) =>
        db.Set<CaseDocumentEntity>().AnyAsync(
            d => d.Id == documentId && d.CaseId == caseId && d.DeletedAt == null && (kind == null || d.Kind == kind),
            cancellationToken);
}
