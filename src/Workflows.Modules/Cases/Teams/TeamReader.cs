using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Teams;

internal static class TeamReader
{
    public static Task<List<TeamMemberView>> ReadAsync(WorkflowsDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        (from m in db.CaseTeamMembers
         join u in db.Users on m.UserId equals u.Id
         where m.CaseId == caseId
         orderby m.AddedAt, u.DisplayName
         select new TeamMemberView(m.UserId, u.DisplayName, m.AddedAt)).ToListAsync(cancellationToken);
}
