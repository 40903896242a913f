using Astra.Workflows.Modules.Tasks.Contracts;
using System.Security.Claims;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Tasks.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Tasks.Api;

internal static class ListTasks
{
    public static RouteGroupBuilder MapListTasks(this RouteGroupBuilder tasks)
    {
        tasks.MapGet("/", HandleAsync).WithName("ListTasks")
            .WithSummary("List tasks")
            .WithDescription("One queue of human tasks: `mine`, `available` (for my roles, unassigned), `all` (coordinators and admins only, 403 otherwise) and others, filtered by type, case, assignee, role, priority and status. Paged by the `after` cursor.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return tasks;
    }

    private static async Task<Results<Ok<TaskPageResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        ClaimsPrincipal principal,
        WorkflowsDbContext db,
        TimeProvider time,
        HttpContext http,
        IOptions<TaskOptions> options,
        CancellationToken cancellationToken,
        string? queue = null,
        string? type = null,
        Guid? caseId = null,
        string? role = null,
        string? priority = null,
        string? status = null,
        Guid? assigneeId = null,
        string? after = null,
        int? limit = null)
    {
        var user = CurrentUser.From(principal);
        var settings = options.Value;
        queue ??= TaskQueues.Mine;
        if (!TaskQueues.Names.Contains(queue, StringComparer.Ordinal))
        {
            return ApiProblems.Invalid("queue", $"Unknown queue '{queue}'. Use one of: {string.Join(", ", TaskQueues.Names)}.");
        }

        if (queue == TaskQueues.All && !user.SupervisesTasks)
        {
            return ApiProblems.Forbidden("The all queue is for Coordinators and Admins.");
        }

        short? rank = null;
        if (priority is not null)
        {
            if (!TaskPriority.TryRank(priority, out var parsed))
            {
                return ApiProblems.Invalid("priority", $"Unknown priority '{priority}'. Use one of: {string.Join(", ", TaskPriority.All)}.");
            }

            rank = parsed;
        }

        if (status is not null && status is not (TaskStatuses.Open or TaskStatuses.Completed or TaskStatuses.Cancelled))
        {
            return ApiProblems.Invalid("status", $"Unknown status '{status}'. Use open, completed or cancelled.");
        }

        if (!TaskCursor.TryDecode(after, out var cursor))
        {
            return ApiProblems.Invalid("after", "Not a cursor from a previous page's next.");
        }

        var size = Math.Clamp(limit ?? settings.DefaultPageSize, 1, settings.MaxPageSize);
        var now = time.GetUtcNow();
        var query = Queue(db.Tasks.AsNoTracking(), queue, user, now, now + settings.DueSoonWindow);
        // Queues are work to do: open tasks. Supervisors may look at closed ones through the all queue.
        var wanted = queue == TaskQueues.All && status is not null ? status : TaskStatuses.Open;
        query = query.Where(t => t.Status == wanted);

        if (type is not null)
        {
            query = query.Where(t => t.TaskType == type);
        }

        if (caseId is not null)
        {
            query = query.Where(t => t.CaseId == caseId);
        }

        // Within the queue (need-to-know already applied): whose tasks a coordinator looks at.
        if (assigneeId is not null)
        {
            query = query.Where(t => t.AssigneeId == assigneeId);
        }

        if (role is not null)
        {
            query = query.Where(t => t.Role == role);
        }

        if (rank is not null)
        {
            query = query.Where(t => t.Priority == rank);
        }

        if (cursor is not null)
        {
            query = query.Where(t => t.DueSort > cursor.DueSort
                || (t.DueSort == cursor.DueSort && t.Priority < cursor.Priority)
                || (t.DueSort == cursor.DueSort && t.Priority == cursor.Priority && t.Id.CompareTo(cursor.Id) > 0));
        }

        var rows = await query.OrderBy(t => t.DueSort).ThenByDescending(t => t.Priority).ThenBy(t => t.Id)
            .Take(size + 1).ToListAsync(cancellationToken);
        var page = rows.Take(size).ToList();
        var next = rows.Count > size ? new TaskCursor(page[^1].DueSort, page[^1].Priority, page[^1].Id).Encode() : null;
        var ids = page.Select(t => t.Id).ToList();
        var history = (await db.TaskEscalations.AsNoTracking().Where(e => ids.Contains(e.TaskId)).OrderBy(e => e.Level).ToListAsync(cancellationToken))
            .ToLookup(e => e.TaskId);
        var language = ReaderLanguage.Of(http);
        var items = page.Select(t => TaskReader.ToResponse(t, history[t.Id].Select(e => new TaskEscalationResponse(e.Level, e.At, e.Action)).ToList(), language)).ToList();
        return TypedResults.Ok(new TaskPageResponse(items, next));
    }

    /// <summary>Each queue is one indexed predicate; overdue and due-soon cover my tasks and those I may take, or everything for supervisors.</summary>
    internal static IQueryable<TaskEntity> Queue(IQueryable<TaskEntity> tasks, string queue, CurrentUser user, DateTimeOffset now, DateTimeOffset soon)
    {
        var roles = user.Roles.ToList();
        var userId = user.Id;
        IQueryable<TaskEntity> Visible(IQueryable<TaskEntity> q) =>
            user.SupervisesTasks ? q : q.Where(t => t.AssigneeId == userId || (t.AssigneeId == null && t.Role != null && roles.Contains(t.Role)));

        return queue switch
        {
            TaskQueues.Mine => tasks.Where(t => t.AssigneeId == userId),
            // One role (the usual case) as an equality, so PostgreSQL reads ix_tasks_available in due order instead of
            // walking every open task: "role = ANY(array)" does not tell it the rows come out sorted.
            TaskQueues.Available when roles.Count == 1 => tasks.Where(t => t.AssigneeId == null && t.Role == roles[0]),
            TaskQueues.Available => tasks.Where(t => t.AssigneeId == null && t.Role != null && roles.Contains(t.Role)),
            TaskQueues.Overdue => Visible(tasks.Where(t => t.DueSort <= now)),
            TaskQueues.DueSoon => Visible(tasks.Where(t => t.DueSort > now && t.DueSort <= soon)),
            _ => tasks,
        };
    }
}
