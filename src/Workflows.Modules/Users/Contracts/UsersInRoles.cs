using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Users.Contracts;

/// <summary>Who holds a role: for modules that notify or escalate to a role (directors, coordinators).</summary>
public static class UsersInRoles
{
    /// <summary>Users holding any of <paramref name="roles"/>.</summary>
    public static Task<List<Guid>> ListAsync(WorkflowsDbContext db, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.UserRoles.Join(db.Roles.Where(r => r.Name != null && roles.Contains(r.Name)), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .Distinct().ToListAsync(cancellationToken);
    }
}
