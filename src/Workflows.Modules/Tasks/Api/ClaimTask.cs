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

internal static class ClaimTask
{
    public static RouteGroupBuilder MapClaimTask(this RouteGroupBuilder tasks)
    {
        tasks.MapPost("/{id:guid}/claim", HandleAsync).WithName("ClaimTask")
            .WithSummary("Claim a task")
            .WithDescription("Takes an unassigned task of one of the caller's roles (403 otherwise). `revision` guards against a change since the caller read it (409).")
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

        if (user.Holds(task))
        {
            return TypedResults.Ok(await TaskReader.WithHistoryAsync(db, task, ReaderLanguage.Of(http), cancellationToken));
        }

        if (task.AssigneeId is not null)
        {
            return ApiProblems.Conflict($"Task {id} is already assigned.");
        }

        if (!user.MayTake(task))
        {
            return ApiProblems.Forbidden($"Task {id} is for the {task.Role} role.");
        }

        var revision = request?.Revision ?? task.Revision;
        var updated = await db.Tasks
            .Where(t => t.Id == id && t.Revision == revision && t.Status == TaskStatuses.Open && t.AssigneeId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.AssigneeId, user.Id).SetProperty(t => t.Revision, t => t.Revision + 1), cancellationToken);
        if (updated == 0)
        {
            return ApiProblems.Conflict($"Task {id} changed since revision {revision}; reload it.");
        }

        var claimed = (await TaskReader.ReadAsync(db, id, ReaderLanguage.Of(http), cancellationToken))!;
        await http.RecordAsync(AuditActions.TaskClaim, "task", id, claimed.CaseId, claimed.CaseCode);
        return TypedResults.Ok(claimed);
    }
}
