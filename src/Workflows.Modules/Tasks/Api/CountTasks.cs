using Astra.Workflows.Modules.Tasks.Contracts;
using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Tasks.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Tasks.Api;

/// <summary>Badge counts for the queues: the same predicates as <see cref="ListTasks"/>, open tasks only, one clock reading.</summary>
internal static class CountTasks
{
    public static RouteGroupBuilder MapCountTasks(this RouteGroupBuilder tasks)
    {
        tasks.MapGet("/counts", HandleAsync).WithName("CountTasks")
            .WithSummary("Count tasks")
            .WithDescription("Badge counts for the task queues: mine, available, overdue, due soon and all open tasks the caller may see.");
        return tasks;
    }

    private static async Task<Ok<TaskCountsResponse>> HandleAsync(
        ClaimsPrincipal principal, WorkflowsDbContext db, TimeProvider time, IOptions<TaskOptions> options, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        var now = time.GetUtcNow();
        var soon = now + options.Value.DueSoonWindow;
        var open = db.Tasks.AsNoTracking().Where(t => t.Status == TaskStatuses.Open);
        Task<int> CountAsync(string queue) => ListTasks.Queue(open, queue, user, now, soon).CountAsync(cancellationToken);

        // One context, so one query at a time.
        var mine = await CountAsync(TaskQueues.Mine);
        var available = await CountAsync(TaskQueues.Available);
        var overdue = await CountAsync(TaskQueues.Overdue);
        var dueSoon = await CountAsync(TaskQueues.DueSoon);
        int? all = user.SupervisesTasks ? await CountAsync(TaskQueues.All) : null;
        return TypedResults.Ok(new TaskCountsResponse(mine, available, overdue, dueSoon, all));
    }
}
