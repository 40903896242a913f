using System.Security.Claims;
using Astra.Workflows.Modules.Tasks.Storage;

namespace Astra.Workflows.Modules.Tasks.Api;

/// <summary>The signed-in user as the task rules see them: an id and a set of roles.</summary>
internal sealed record TaskUser(Guid Id, IReadOnlySet<string> Roles)
{
    public static TaskUser From(ClaimsPrincipal principal)
    {
        var id = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : Guid.Empty;
        return new TaskUser(id, principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Coordinators and Admins supervise every queue.</summary>
    public bool Supervises => Roles.Contains(Modules.Platform.Identity.Roles.Coordinator) || Roles.Contains(Modules.Platform.Identity.Roles.Admin);

    public bool Holds(TaskEntity task) => task.AssigneeId == Id;

    /// <summary>Open, unassigned, for one of my roles: I may claim it (or complete it, which claims it).</summary>
    public bool MayTake(TaskEntity task) =>
        task.AssigneeId is null && task.Role is { } role && Roles.Contains(role);

    public bool MaySee(TaskEntity task) => Supervises || Holds(task) || task.CompletedBy == Id || (task.Role is { } role && Roles.Contains(role));
}
