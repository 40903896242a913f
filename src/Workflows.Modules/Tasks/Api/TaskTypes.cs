using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Platform.Text;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Modules.Tasks.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Tasks.Api;

/// <summary>A task type and its name in the reader's language (null when its workflow does not name it in that language).</summary>
public sealed record TaskTypeOption(string Key, string? Label);

/// <summary>The task types of a queue's open tasks, so the type filter offers a list instead of a key to type (issue 18.9).</summary>
internal static class TaskTypes
{
    public static RouteGroupBuilder MapTaskTypes(this RouteGroupBuilder tasks)
    {
        tasks.MapGet("/types", HandleAsync).WithName("ListTaskTypes")
            .WithSummary("List the task types of a queue")
            .WithDescription("The distinct types of the open tasks in one queue as `GET /api/tasks?queue=` would list them (the `all` queue for Coordinators and Admins only, 403 otherwise), each with the name its workflow gives the task's activity in the reader's language (`texts` … `name`; null when there is none).")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return tasks;
    }

    private static async Task<Results<Ok<List<TaskTypeOption>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        ClaimsPrincipal principal, HttpContext http, WorkflowsDbContext db, TimeProvider time, IOptions<TaskOptions> options, CancellationToken cancellationToken, string? queue = null)
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
        var open = ListTasks.Queue(db.Tasks.AsNoTracking(), queue, user, now, now + options.Value.DueSoonWindow)
            .Where(t => t.Status == TaskStatuses.Open);
        var types = await open.Select(t => t.TaskType).Distinct().OrderBy(t => t).Take(200).ToListAsync(cancellationToken);
        var language = ReaderLanguage.Of(http);
        var result = new List<TaskTypeOption>(types.Count);
        foreach (var type in types)
        {
            // The newest task of the type carries the texts its (newest) definition version gave it (ADR 0042).
            var texts = await open.Where(t => t.TaskType == type).OrderByDescending(t => t.CreatedAt).Select(t => t.Texts).FirstAsync(cancellationToken);
            var label = WorkflowTexts.In(TaskTexts.Parse(texts).ByLanguage, language, "name", string.Empty);
            result.Add(new TaskTypeOption(type, label.Length > 0 ? label : null));
        }

        return TypedResults.Ok(result);
    }
}
