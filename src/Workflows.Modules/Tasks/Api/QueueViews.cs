using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Modules.Tasks.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Tasks.Api;

/// <summary>Saved queue views (issue 18.9): kept on the server per user, optionally shared with one of the owner's roles.</summary>
internal static class QueueViews
{
    private const int MaxViewsPerUser = 50;

    public static RouteGroupBuilder MapQueueViews(this RouteGroupBuilder views)
    {
        views.MapGet("/", ListAsync).WithName("ListQueueViews")
            .WithSummary("List saved queue views")
            .WithDescription("The caller's saved queue views and those colleagues shared with one of the caller's roles.");
        views.MapPost("/", CreateAsync).WithName("CreateQueueView")
            .WithSummary("Save a queue view")
            .WithDescription("Saves a queue and its filters under a name unique to the caller. `sharedWithRole` (a role the caller holds) shows it to that role; the `all` queue only for Coordinators and Admins.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        views.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteQueueView")
            .WithSummary("Delete a saved queue view")
            .WithDescription("Deletes one of the caller's own views; a view of someone else is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return views;
    }

    private static async Task<Ok<List<QueueViewResponse>>> ListAsync(ClaimsPrincipal principal, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        var roles = user.Roles.ToList();
        var rows = await db.Set<TaskQueueViewEntity>().AsNoTracking()
            .Where(v => v.OwnerId == user.Id || (v.SharedWithRole != null && roles.Contains(v.SharedWithRole)))
            .Join(db.Users, v => v.OwnerId, u => u.Id, (v, u) => new { v, u.DisplayName })
            .OrderBy(x => x.v.Name).ThenBy(x => x.v.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(x => Response(x.v, user.Id, x.DisplayName)).ToList());
    }

    private static async Task<Results<Created<QueueViewResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        QueueViewRequest request, ClaimsPrincipal principal, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            return ApiProblems.Invalid("name", "A name is required.");
        }

        if (request.Queue is not { } queue || !TaskQueues.Names.Contains(queue, StringComparer.Ordinal))
        {
            return ApiProblems.Invalid("queue", $"Unknown queue '{request.Queue}'. Use one of: {string.Join(", ", TaskQueues.Names)}.");
        }

        if (queue == TaskQueues.All && !user.IsCoordinatorOrAdmin)
        {
            return ApiProblems.Forbidden("The all queue is for Coordinators and Admins.");
        }

        if (request.Priority is { } priority && !TaskPriority.TryRank(priority, out _))
        {
            return ApiProblems.Invalid("priority", $"Unknown priority '{priority}'. Use one of: {string.Join(", ", TaskPriority.All)}.");
        }

        if (request.SharedWithRole is { } role && !user.IsInRole(role))
        {
            return ApiProblems.Invalid("sharedWithRole", "Share a view only with a role you hold.");
        }

        if (request.AssigneeId is { } assignee && !await db.Users.AnyAsync(u => u.Id == assignee, cancellationToken))
        {
            return ApiProblems.Invalid("assigneeId", $"User {assignee} does not exist.");
        }

        var views = db.Set<TaskQueueViewEntity>();
        if (await views.AnyAsync(v => v.OwnerId == user.Id && v.Name == name, cancellationToken))
        {
            return ApiProblems.Invalid("name", "You already have a view with this name.");
        }

        if (await views.CountAsync(v => v.OwnerId == user.Id, cancellationToken) >= MaxViewsPerUser)
        {
            return ApiProblems.Invalid("name", $"At most {MaxViewsPerUser} saved views; delete one first.");
        }

        var now = time.GetUtcNow();
        var view = new TaskQueueViewEntity
        {
            Id = Guid.CreateVersion7(now),
            OwnerId = user.Id,
            Name = name,
            Queue = queue,
            TaskType = string.IsNullOrWhiteSpace(request.TaskType) ? null : request.TaskType.Trim(),
            AssigneeId = request.AssigneeId,
            Priority = request.Priority,
            SharedWithRole = request.SharedWithRole,
            CreatedAt = now,
        };
        views.Add(view);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two saves of the same name at once: the unique index keeps one.
            return ApiProblems.Invalid("name", "You already have a view with this name.");
        }

        var ownerName = await db.Users.Where(u => u.Id == user.Id).Select(u => u.DisplayName).FirstAsync(cancellationToken);
        return TypedResults.Created($"/api/task-views/{view.Id}", Response(view, user.Id, ownerName));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, ClaimsPrincipal principal, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var userId = CurrentUser.From(principal).Id;
        var deleted = await db.Set<TaskQueueViewEntity>().Where(v => v.Id == id && v.OwnerId == userId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? ApiProblems.NotFound("Queue view", id) : TypedResults.NoContent();
    }

    private static QueueViewResponse Response(TaskQueueViewEntity v, Guid me, string ownerName) =>
        new(v.Id, v.Name, v.Queue, v.TaskType, v.AssigneeId, v.Priority, v.SharedWithRole, v.OwnerId == me, ownerName);
}
