using Astra.Workflows.Modules.Tasks.Contracts;
using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Tasks.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Tasks.Api;

internal static class ClaimTask
{
    public static RouteGroupBuilder MapClaimTask(this RouteGroupBuilder tasks)
    {
        tasks.MapPost("/{id:guid}/claim", HandleAsync).WithName("ClaimTask");
        return tasks;
    }

    private static async Task<Results<Ok<TaskResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, TaskRevisionRequest? request, ClaimsPrincipal principal, WorkflowsDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var user = TaskUser.From(principal);
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null || !user.MaySee(task))
        {
            return TaskProblems.NotFound(id);
        }

        if (task.Status != TaskStatuses.Open)
        {
            return TaskProblems.Conflict($"Task {id} is {task.Status}.");
        }

        if (user.Holds(task))
        {
            return TypedResults.Ok(await TaskReader.WithHistoryAsync(db, task, cancellationToken));
        }

        if (task.AssigneeId is not null)
        {
            return TaskProblems.Conflict($"Task {id} is already assigned.");
        }

        if (!user.MayTake(task))
        {
            return TaskProblems.Forbidden($"Task {id} is for the {task.Role} role.");
        }

        var revision = request?.Revision ?? task.Revision;
        var updated = await db.Tasks
            .Where(t => t.Id == id && t.Revision == revision && t.Status == TaskStatuses.Open && t.AssigneeId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.AssigneeId, user.Id).SetProperty(t => t.Revision, t => t.Revision + 1), cancellationToken);
        if (updated == 0)
        {
            return TaskProblems.Conflict($"Task {id} changed since revision {revision}; reload it.");
        }

        var claimed = (await TaskReader.ReadAsync(db, id, cancellationToken))!;
        await http.RecordAsync(AuditActions.TaskClaim, "task", id, claimed.CaseId, claimed.CaseCode);
        return TypedResults.Ok(claimed);
    }
}
