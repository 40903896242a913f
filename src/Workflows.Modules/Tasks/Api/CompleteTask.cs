using System.Security.Claims;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Definitions.Instances;
using Astra.Workflows.Modules.Tasks.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Tasks.Api;

internal static class CompleteTask
{
    public static RouteGroupBuilder MapCompleteTask(this RouteGroupBuilder tasks)
    {
        tasks.MapPost("/{id:guid}/complete", HandleAsync).WithName("CompleteTask");
        return tasks;
    }

    /// <summary>
    /// Checks the request, then resumes the workflow through the coordinator: the burst that follows the outcome also
    /// closes the task row at the revision the user saw, so the task and the workflow change together or not at all.
    /// </summary>
    private static async Task<Results<Ok<TaskResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, CompleteTaskRequest request, ClaimsPrincipal principal, WorkflowsDbContext db, InstanceCoordinator coordinator, HttpContext http, CancellationToken cancellationToken)
    {
        if (request.Revision is not { } revision)
        {
            return TaskProblems.Invalid("revision", "The revision of the task as you saw it is required.");
        }

        if (request.IdempotencyKey is { Length: > 150 })
        {
            return TaskProblems.Invalid("idempotencyKey", "At most 150 characters.");
        }

        var user = TaskUser.From(principal);
        var key = request.IdempotencyKey is { Length: > 0 } k ? $"task:{id:N}:{k}" : null;
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null || !user.MaySee(task))
        {
            return TaskProblems.NotFound(id);
        }

        if (key is not null && await db.IdempotencyKeys.AsNoTracking().AnyAsync(r => r.Key == key, cancellationToken))
        {
            return TypedResults.Ok(await TaskReader.WithHistoryAsync(db, task, cancellationToken));
        }

        if (task.Status != TaskStatuses.Open)
        {
            return TaskProblems.Conflict($"Task {id} is already {task.Status}.");
        }

        if (!user.Holds(task) && !user.MayTake(task))
        {
            return TaskProblems.Forbidden(task.AssigneeId is null ? $"Task {id} is for the {task.Role} role." : $"Task {id} is assigned to someone else.");
        }

        if (revision != task.Revision)
        {
            return TaskProblems.Conflict($"Task {id} is at revision {task.Revision}, not {revision}; reload it.");
        }

        var outcomes = TaskReader.Outcomes(task);
        var outcome = request.Outcome ?? (outcomes.Count == 1 ? outcomes[0] : null);
        if (outcome is null || !outcomes.Contains(outcome, StringComparer.Ordinal))
        {
            return TaskProblems.Invalid("outcome", $"'{request.Outcome}' is not an outcome of this task. Use one of: {string.Join(", ", outcomes)}.");
        }

        var errors = TaskForm.CheckData(TaskReader.Form(task), request.Data);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (task.BookmarkId is null)
        {
            return TaskProblems.Conflict($"Task {id} is not waiting on its workflow.");
        }

        var completion = new TaskCompletion(id, revision, user.Id, request.Data);
        var result = await coordinator.ResumeAsync(task.InstanceId, task.BookmarkId, new ResumePayload(outcome, completion.ToJson()), key, Actor.Of(principal), cancellationToken: cancellationToken);
        if (result.Status != ResumeStatus.Resumed)
        {
            // The bookmark went (someone else completed it, or the instance was cancelled), or the revision moved on (Vetoed).
            return TaskProblems.Conflict($"Task {id} could not be completed: {result.Status}.");
        }

        var completed = (await TaskReader.ReadAsync(db, id, cancellationToken))!;
        await http.RecordAsync(AuditActions.TaskComplete, "task", id, completed.CaseId, completed.CaseCode);
        return TypedResults.Ok(completed);
    }
}
