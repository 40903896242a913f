using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Audit;

/// <summary>The Cases module's side of the audit trail's <see cref="ICaseCodes"/> port.</summary>
internal sealed class CaseCodes : ICaseCodes
{
    public async Task<IReadOnlyList<CaseCode>> FindAsync(WorkflowsDbContext db, IReadOnlyCollection<Guid> ids, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Cases.IgnoreQueryFilters().AsNoTracking()
            .Where(c => codes.Contains(c.Code) || ids.Contains(c.Id))
            .Select(c => new CaseCode(c.Id, c.Code))
            .ToListAsync(cancellationToken);
    }
}
