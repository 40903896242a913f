using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Tasks.Api;

internal static class GetTask
{
    public static RouteGroupBuilder MapGetTask(this RouteGroupBuilder tasks)
    {
        tasks.MapGet("/{id:guid}", HandleAsync).WithName("GetTask")
            .WithSummary("Read a task")
            .WithDescription("A task with its form, escalations and history. A task the caller may not see is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return tasks;
    }

    // A task the user may not see is answered as missing: need-to-know includes knowing that it exists.
    private static async Task<Results<Ok<TaskResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal principal, WorkflowsDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null || !CurrentUser.From(principal).MaySee(task))
        {
            return ApiProblems.NotFound("Task", id);
        }

        var response = await TaskReader.WithHistoryAsync(db, task, ReaderLanguage.Of(http), cancellationToken);
        // The task page shows its form data, which can be health or legal detail.
        await db.RecordReadAsync(http, time, AuditActions.TaskRead, "task", id, response.CaseId, response.CaseCode, cancellationToken);
        return TypedResults.Ok(response);
    }
}
