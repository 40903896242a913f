using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Tasks.Storage;

namespace Astra.Workflows.Modules.Tasks.Api;

/// <summary>What the current user may do with a task: see it, take it, hold it, supervise every queue.</summary>
internal static class TaskRules
{
    extension(CurrentUser user)
    {
        /// <summary>Coordinators and Admins supervise every queue.</summary>
        public bool SupervisesTasks => user.IsCoordinatorOrAdmin;

        public bool Holds(TaskEntity task) => task.AssigneeId == user.Id;

        /// <summary>Open, unassigned, for one of my roles: I may claim it (or complete it, which claims it).</summary>
        public bool MayTake(TaskEntity task) =>
            task.AssigneeId is null && task.Role is { } role && user.Roles.Contains(role);

        public bool MaySee(TaskEntity task) =>
            user.SupervisesTasks || user.Holds(task) || task.CompletedBy == user.Id || (task.Role is { } role && user.Roles.Contains(role));
    }
}
