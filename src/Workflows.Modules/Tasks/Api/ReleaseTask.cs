using Astra.Workflows.Modules.Tasks.Contracts;
using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Tasks.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Tasks.Api;

internal static class ReleaseTask
{
    public static RouteGroupBuilder MapReleaseTask(this RouteGroupBuilder tasks)
    {
        tasks.MapPost("/{id:guid}/release", HandleAsync).WithName("ReleaseTask")
            .WithSummary("Release a task")
            .WithDescription("Returns the caller's task to its role's queue (403 when it is not theirs). `revision` guards against a change since the caller read it (409).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return tasks;
    }

    internal static async Task<Results<Ok<TaskResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, TaskRevisionRequest? request, ClaimsPrincipal principal, WorkflowsDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null || !user.MaySee(task))
        {
            return ApiProblems.NotFound("Task", id);
        }

        if (task.Status != TaskStatuses.Open)
        {
            return ApiProblems.Conflict($"Task {id} is {task.Status}.");
        }

        if (!user.Holds(task) && !user.SupervisesTasks)
        {
            return ApiProblems.Forbidden($"Task {id} is not yours to release.");
        }

        if (task.Role is null)
        {
            // Released, it would sit in nobody's queue; a coordinator reassigns it instead.
            return ApiProblems.Conflict($"Task {id} has no role to return to; ask a coordinator to reassign it.");
        }

        var revision = request?.Revision ?? task.Revision;
        var updated = await db.Tasks
            .Where(t => t.Id == id && t.Revision == revision && t.Status == TaskStatuses.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.AssigneeId, (Guid?)null).SetProperty(t => t.Revision, t => t.Revision + 1), cancellationToken);
        if (updated == 0)
        {
            return ApiProblems.Conflict($"Task {id} changed since revision {revision}; reload it.");
        }

        var released = (await TaskReader.ReadAsync(db, id, ReaderLanguage.Of(http), cancellationToken))!;
        await http.RecordAsync(AuditActions.TaskRelease, "task", id, released.CaseId, released.CaseCode);
        return TypedResults.Ok(released);
    }
}
