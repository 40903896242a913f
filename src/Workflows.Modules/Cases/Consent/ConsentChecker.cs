using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Consent;

internal sealed class ConsentChecker(WorkflowsDbContext db) : IConsentChecker
{
    public async Task<ConsentState> CheckAsync(Guid caseId, string purpose, CancellationToken cancellationToken = default)
    {
        var latest = await db.Set<ConsentEventEntity>().AsNoTracking()
            .Where(e => e.CaseId == caseId && e.Purpose == purpose)
            .OrderByDescending(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return ToState(purpose, latest);
    }

    /// <summary>The latest recorded event decides: history is never rewritten, a later event supersedes.</summary>
    public static ConsentState ToState(string purpose, ConsentEventEntity? latest) =>
        new(purpose, latest?.Kind == ConsentEventKinds.Given, latest?.EffectiveAt);
}
