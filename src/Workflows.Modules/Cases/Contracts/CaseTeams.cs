using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Cases.Storage;

namespace Astra.Workflows.Modules.Cases.Contracts;

/// <summary>
/// Case teams for other modules: adds people (when a case is opened, a task assigned or a lawyer named) and says
/// whose team a user is on.
/// </summary>
public static class CaseTeams
{
    public static void Add(WorkflowsDbContext db, Guid caseId, Guid userId, Guid? addedBy, DateTimeOffset now)
    {
        if (db.CaseTeamMembers.Local.Any(m => m.CaseId == caseId && m.UserId == userId)
            || db.CaseTeamMembers.Any(m => m.CaseId == caseId && m.UserId == userId))
        {
            return;
        }

        db.CaseTeamMembers.Add(new CaseTeamMemberEntity { CaseId = caseId, UserId = userId, AddedAt = now, AddedBy = addedBy });
    }

    /// <summary>
    /// The ids of the cases on whose team the user is, as a query to compose into the caller's own, so the check
    /// stays inside one SQL statement. Through the context's filter: pass an unfiltered context to ask for someone
    /// other than the request's viewer.
    /// </summary>
    public static IQueryable<Guid> CaseIdsOf(WorkflowsDbContext db, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CaseTeamMembers.Where(m => m.UserId == userId).Select(m => m.CaseId);
    }
}
