using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Cases.Storage;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Consent;

internal static class ConsentCases
{
    /// <summary>Locks the case row for the transaction, so two consent changes of one case cannot both see the old state.</summary>
    public static async Task<CaseEntity?> LockAsync(WorkflowsDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        await db.Cases.FromSql($"SELECT * FROM astra.cases WHERE id = {caseId} FOR UPDATE").AsNoTracking().FirstOrDefaultAsync(cancellationToken);

}
