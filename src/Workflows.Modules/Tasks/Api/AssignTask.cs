using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Tasks.Contracts;
using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Notifications.Contracts;
using Astra.Workflows.Modules.Tasks.Notices;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Tasks.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Tasks.Api;

internal static class AssignTask
{
    public static RouteGroupBuilder MapAssignTask(this RouteGroupBuilder tasks)
    {
        tasks.MapPost("/{id:guid}/assign", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator, Roles.Admin))
            .WithName("AssignTask")
            .WithSummary("Assign a task")
            .WithDescription("Assigns an open task to a user; the assignment and the assignee's notification commit together. `revision` guards against a change since the caller read it (409).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return tasks;
    }

    /// <summary>The assignment and the assignee's notification (in-app and the outbox e-mail) commit together.</summary>
    internal static async Task<Results<Ok<TaskResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, AssignTaskRequest request, ClaimsPrincipal user, WorkflowsDbContext db, TaskNotifier notifier, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        // Present: the validation filter refused a request without one.
        var userId = request.UserId.GetValueOrDefault();

        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return ApiProblems.Invalid("userId", $"User {userId} does not exist.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return ApiProblems.NotFound("Task", id);
        }

        if (task.Status != TaskStatuses.Open)
        {
            return ApiProblems.Conflict($"Task {id} is {task.Status}.");
        }

        if (request.Revision is { } revision && revision != task.Revision)
        {
            return ApiProblems.Conflict($"Task {id} changed since revision {revision}; reload it.");
        }

        task.AssigneeId = userId;
        task.Revision++;
        if (task.CaseId is { } caseId)
        {
            CaseTeams.Add(db, caseId, userId, CurrentUser.From(user).KnownId, time.GetUtcNow());
        }

        await notifier.AddAsync(db, task, [userId], NotificationKinds.Assigned, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiProblems.Conflict($"Task {id} changed meanwhile; reload it.");
        }

        await transaction.CommitAsync(cancellationToken);
        var assigned = await TaskReader.WithHistoryAsync(db, task, ReaderLanguage.Of(http), cancellationToken);
        await http.RecordAsync(AuditActions.TaskAssign, "task", id, assigned.CaseId, assigned.CaseCode);
        return TypedResults.Ok(assigned);
    }
}
