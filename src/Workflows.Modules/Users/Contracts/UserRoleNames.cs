using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Users.Contracts;

/// <summary>The role names of many users in one query (Identity's UserManager asks once per user).</summary>
internal static class UserRoleNames
{
    public static async Task<Func<Guid, IReadOnlyList<string>>> ForAsync(WorkflowsDbContext db, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var roles = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where userIds.Contains(ur.UserId)
                            select new { ur.UserId, r.Name }).ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name ?? string.Empty);
        return id => roles[id].Order(StringComparer.Ordinal).ToList();
    }
}
