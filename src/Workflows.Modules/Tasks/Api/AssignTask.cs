using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Tasks.Contracts;
using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Notifications.Api;
using Astra.Workflows.Modules.Tasks.Notices;
using Astra.Workflows.Modules.Cases.Storage;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Tasks.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Tasks.Api;

internal static class AssignTask
{
    public static RouteGroupBuilder MapAssignTask(this RouteGroupBuilder tasks)
    {
        tasks.MapPost("/{id:guid}/assign", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator, Roles.Admin))
            .WithName("AssignTask");
        return tasks;
    }

    /// <summary>The assignment and the assignee's notification (in-app and the outbox e-mail) commit together.</summary>
    private static async Task<Results<Ok<TaskResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, AssignTaskRequest request, ClaimsPrincipal user, WorkflowsDbContext db, TaskNotifier notifier, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        if (request.UserId is not { } userId)
        {
            return TaskProblems.Invalid("userId", "A userId is required.");
        }

        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return TaskProblems.Invalid("userId", $"User {userId} does not exist.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return TaskProblems.NotFound(id);
        }

        if (task.Status != TaskStatuses.Open)
        {
            return TaskProblems.Conflict($"Task {id} is {task.Status}.");
        }

        if (request.Revision is { } revision && revision != task.Revision)
        {
            return TaskProblems.Conflict($"Task {id} changed since revision {revision}; reload it.");
        }

        task.AssigneeId = userId;
        task.Revision++;
        if (task.CaseId is { } caseId)
        {
            CaseTeams.Add(db, caseId, userId, Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var by) ? by : null, time.GetUtcNow());
        }

        await notifier.AddAsync(db, task, [userId], NotificationKinds.Assigned, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TaskProblems.Conflict($"Task {id} changed meanwhile; reload it.");
        }

        await transaction.CommitAsync(cancellationToken);
        var assigned = await TaskReader.WithHistoryAsync(db, task, cancellationToken);
        await http.RecordAsync(AuditActions.TaskAssign, "task", id, assigned.CaseId, assigned.CaseCode);
        return TypedResults.Ok(assigned);
    }
}
