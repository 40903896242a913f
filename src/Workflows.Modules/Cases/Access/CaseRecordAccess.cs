using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Access;

/// <summary>
/// Who may open a case's notes and documents. Both follow the case's need-to-know (the context's filter); notes,
/// which hold health and legal detail in free text, are narrower still: the team and coordinators only, not every
/// role that may see all cases (a director or an admin off the team).
/// </summary>
internal static class CaseRecordAccess
{
    /// <summary>The case, or null (answered as 404) when the caller may not see it.</summary>
    public static Task<CaseSummary?> CaseAsync(WorkflowsDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        CaseLookup.FindAsync(db, caseId, cancellationToken);

    /// <summary>The case when the caller may read its notes, else null.</summary>
    public static async Task<CaseSummary?> ForNotesAsync(WorkflowsDbContext db, HttpContext http, Guid caseId, CancellationToken cancellationToken)
    {
        var found = await CaseLookup.FindAsync(db, caseId, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var user = CurrentUser.From(http);
        if (user.IsInRole(Roles.Coordinator))
        {
            return found;
        }

        return await db.CaseTeamMembers.AnyAsync(m => m.CaseId == caseId && m.UserId == user.Id, cancellationToken) ? found : null;
    }
}
