using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Tasks.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Tasks.Api;

/// <summary>The task types of a queue's open tasks, so the type filter offers a list instead of a key to type (issue 18.9).</summary>
internal static class TaskTypes
{
    public static RouteGroupBuilder MapTaskTypes(this RouteGroupBuilder tasks)
    {
        tasks.MapGet("/types", HandleAsync).WithName("ListTaskTypes")
            .WithSummary("List the task types of a queue")
            .WithDescription("The distinct types of the open tasks in one queue as `GET /api/tasks?queue=` would list them (the `all` queue for Coordinators and Admins only, 403 otherwise).")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return tasks;
    }

    private static async Task<Results<Ok<List<string>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        ClaimsPrincipal principal, WorkflowsDbContext db, TimeProvider time, IOptions<TaskOptions> options, CancellationToken cancellationToken, string? queue = null)
    {
        var user = CurrentUser.From(principal);
        queue ??= TaskQueues.Mine;
        if (!TaskQueues.Names.Contains(queue, StringComparer.Ordinal))
        {
            return ApiProblems.Invalid("queue", $"Unknown queue '{queue}'. Use one of: {string.Join(", ", TaskQueues.Names)}.");
        }

        if (queue == TaskQueues.All && !user.SupervisesTasks)
        {
            return ApiProblems.Forbidden("The all queue is for Coordinators and Admins.");
        }

        var now = time.GetUtcNow();
        var types = await ListTasks.Queue(db.Tasks.AsNoTracking(), queue, user, now, now + options.Value.DueSoonWindow)
            .Where(t => t.Status == TaskStatuses.Open)
            .Select(t => t.TaskType).Distinct().OrderBy(t => t).Take(200).ToListAsync(cancellationToken);
        return TypedResults.Ok(types);
    }
}
