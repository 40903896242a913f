using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Tasks.Notices;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Tasks.Api;

/// <summary>
/// Claim, release or assign several tasks at once (issue 18.9). Each task goes through the very handler its single
/// call uses (same checks, audit row and notice) in its own unit of work, so one task refused leaves the others done,
/// and the answer says per task what happened.
/// </summary>
internal static class BulkTasks
{
    public const int MaxTasks = 100;
    private static readonly string[] Actions = ["claim", "release", "assign"];

    public static RouteGroupBuilder MapBulkTasks(this RouteGroupBuilder tasks)
    {
        tasks.MapPost("/bulk", HandleAsync).WithName("BulkTasks")
            .WithSummary("Claim, release or assign several tasks")
            .WithDescription("Applies `claim`, `release` or `assign` (Coordinators and Admins, with `userId`) to each of up to 100 tasks and answers a result per task: `done`, `notFound`, `conflict` or `forbidden`, with the status the single call would have given.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return tasks;
    }

    private static async Task<Results<Ok<BulkTaskResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        BulkTaskRequest request, ClaimsPrincipal principal, WorkflowsDbContext db, TaskNotifier notifier, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        if (request.Action is not { } action || !Actions.Contains(action, StringComparer.Ordinal))
        {
            return ApiProblems.Invalid("action", $"Unknown action '{request.Action}'. Use one of: {string.Join(", ", Actions)}.");
        }

        var ids = request.TaskIds ?? [];
        if (ids.Count is 0 or > MaxTasks)
        {
            return ApiProblems.Invalid("taskIds", $"Give 1 to {MaxTasks} task ids.");
        }

        if (ids.Distinct().Count() != ids.Count)
        {
            return ApiProblems.Invalid("taskIds", "A task id is given twice.");
        }

        if (action == "assign")
        {
            if (!user.IsCoordinatorOrAdmin)
            {
                return ApiProblems.Forbidden("Coordinators and Admins assign tasks.");
            }

            if (request.UserId is not { } assignee)
            {
                return ApiProblems.Invalid("userId", "A userId is required to assign.");
            }

            if (!await db.Users.AnyAsync(u => u.Id == assignee, cancellationToken))
            {
                return ApiProblems.Invalid("userId", $"User {assignee} does not exist.");
            }
        }

        var results = new List<BulkTaskResult>(ids.Count);
        foreach (var id in ids)
        {
            // What a refused task left in the change tracker must not be saved with the next one.
            db.ChangeTracker.Clear();
            IResult result = action switch
            {
                "claim" => (await ClaimTask.HandleAsync(id, null, principal, db, http, cancellationToken)).Result,
                "release" => (await ReleaseTask.HandleAsync(id, null, principal, db, http, cancellationToken)).Result,
                _ => (await AssignTask.HandleAsync(id, new AssignTaskRequest(request.UserId, null), principal, db, notifier, time, http, cancellationToken)).Result,
            };
            results.Add(ToResult(id, result));
        }

        return TypedResults.Ok(new BulkTaskResponse(results));
    }

    private static BulkTaskResult ToResult(Guid id, IResult result) => result switch
    {
        Ok<TaskResponse> ok => new(id, "done", StatusCodes.Status200OK, null, ok.Value),
        ProblemHttpResult problem => new(id, Outcome(problem.StatusCode), problem.StatusCode, problem.ProblemDetails.Detail, null),
        ValidationProblem invalid => new(id, "invalid", StatusCodes.Status400BadRequest, string.Join(" ", invalid.ProblemDetails.Errors.SelectMany(e => e.Value)), null),
        _ => new(id, "failed", StatusCodes.Status500InternalServerError, null, null),
    };

    private static string Outcome(int status) => status switch
    {
        StatusCodes.Status404NotFound => "notFound",
        StatusCodes.Status409Conflict => "conflict",
        StatusCodes.Status403Forbidden => "forbidden",
        _ => "invalid",
    };
}
