using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Cases.Storage;

namespace Astra.Workflows.Modules.Cases.Contracts;

/// <summary>Adds people to a case's team; used when a case is opened, a task assigned or a lawyer named.</summary>
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
}
