using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Tasks.Contracts;
using Astra.Workflows.Modules.Platform.Identity;
using System.Security.Claims;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Tasks.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Tasks.Api;

internal static class CompleteTask
{
    public static RouteGroupBuilder MapCompleteTask(this RouteGroupBuilder tasks)
    {
        tasks.MapPost("/{id:guid}/complete", HandleAsync).WithName("CompleteTask")
            .WithSummary("Complete a task")
            .WithDescription("Completes the caller's task with an outcome and form values, and resumes its workflow in the same transaction. Only the assignee, or a holder of the task's role while it is unassigned, may (403); `revision` must be the one the caller saw (409). An optional `idempotencyKey` answers a retry with the task as completed.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return tasks;
    }

    /// <summary>
    /// Checks the request, then resumes the workflow through the coordinator: the burst that follows the outcome also
    /// closes the task row at the revision the user saw, so the task and the workflow change together or not at all.
    /// </summary>
    private static async Task<Results<Ok<TaskResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, CompleteTaskRequest request, ClaimsPrincipal principal, WorkflowsDbContext db, InstanceCoordinator coordinator, ICaseDocuments documents, HttpContext http, CancellationToken cancellationToken)
    {
        // Present, and the key at most 150 characters: the validation filter refused anything else.
        var revision = request.Revision.GetValueOrDefault();

        var user = CurrentUser.From(principal);
        var key = request.IdempotencyKey is { Length: > 0 } k ? $"task:{id:N}:{k}" : null;
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null || !user.MaySee(task))
        {
            return ApiProblems.NotFound("Task", id);
        }

        if (key is not null && await db.IdempotencyKeys.AsNoTracking().AnyAsync(r => r.Key == key, cancellationToken))
        {
            return TypedResults.Ok(await TaskReader.WithHistoryAsync(db, task, ReaderLanguage.Of(http), cancellationToken));
        }

        if (task.Status != TaskStatuses.Open)
        {
            return ApiProblems.Conflict($"Task {id} is already {task.Status}.");
        }

        if (!user.Holds(task) && !user.MayTake(task))
        {
            return ApiProblems.Forbidden(task.AssigneeId is null ? $"Task {id} is for the {task.Role} role." : $"Task {id} is assigned to someone else.");
        }

        if (revision != task.Revision)
        {
            return ApiProblems.Conflict($"Task {id} is at revision {task.Revision}, not {revision}; reload it.");
        }

        var outcomes = TaskReader.Outcomes(task);
        var outcome = request.Outcome ?? (outcomes.Count == 1 ? outcomes[0] : null);
        if (outcome is null || !outcomes.Contains(outcome, StringComparer.Ordinal))
        {
            return ApiProblems.Invalid("outcome", $"'{request.Outcome}' is not an outcome of this task. Use one of: {string.Join(", ", outcomes)}.");
        }

        var form = TaskReader.Form(task);
        var errors = TaskForm.CheckData(form, request.Data);
        if (errors.Count == 0)
        {
            errors = await TaskFileAnswers.CheckAsync(form, request.Data, task.CaseId, documents, cancellationToken);
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        if (task.BookmarkId is null)
        {
            return ApiProblems.Conflict($"Task {id} is not waiting on its workflow.");
        }

        var completion = new TaskCompletion(id, revision, user.Id, request.Data);
        var result = await coordinator.ResumeAsync(task.InstanceId, task.BookmarkId, new ResumePayload(outcome, completion.ToJson()), key, Actor.Of(principal), cancellationToken: cancellationToken);
        if (result.Status != ResumeStatus.Resumed)
        {
            // The bookmark went (someone else completed it, or the instance was cancelled), or the revision moved on (Vetoed).
            return ApiProblems.Conflict($"Task {id} could not be completed: {result.Status}.");
        }

        var completed = (await TaskReader.ReadAsync(db, id, ReaderLanguage.Of(http), cancellationToken))!;
        await http.RecordAsync(AuditActions.TaskComplete, "task", id, completed.CaseId, completed.CaseCode);
        return TypedResults.Ok(completed);
    }
}
