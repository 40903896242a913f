using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Contracts;

/// <summary>A case as other modules may see it: its id, code and phase.</summary>
public sealed record CaseSummary(Guid Id, string Code, string Phase);

/// <summary>
/// Looks a case up for other modules, so none of them reads the case table itself. Through the context's
/// need-to-know filter (a request's context sees only its viewer's cases) unless the method says otherwise.
/// </summary>
public static class CaseLookup
{
    /// <summary>The case, or null when it does not exist or the viewer may not see it.</summary>
    public static Task<CaseSummary?> FindAsync(WorkflowsDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new CaseSummary(c.Id, c.Code, c.Phase))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Whether the case exists for the viewer.</summary>
    public static Task<bool> ExistsAsync(WorkflowsDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken);
    }

    /// <summary>The case's code whoever asks (no need-to-know filter): for the system's own records, such as the audit.</summary>
    public static Task<string?> CodeForSystemAsync(WorkflowsDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => c.Id == caseId).Select(c => c.Code).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The codes of these cases whoever asks (no need-to-know filter), for a pseudonymous reference such as the
    /// hotline's repeat-caller panel: a code names no client and opens nothing behind need-to-know.
    /// </summary>
    public static async Task<Dictionary<Guid, string>> CodesForSystemAsync(WorkflowsDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return caseIds.Count == 0
            ? []
            : await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken);
    }
}
