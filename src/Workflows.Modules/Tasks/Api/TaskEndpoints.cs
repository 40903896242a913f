namespace Astra.Workflows.Modules.Tasks.Api;

internal static class TaskEndpoints
{
    public static RouteGroupBuilder MapTaskEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/tasks").WithTags("Tasks")
            .MapListTasks()
            .MapCountTasks()
            .MapGetTask()
            .MapClaimTask()
            .MapReleaseTask()
            .MapAssignTask()
            .MapCompleteTask()
            .MapBulkTasks()
            .MapTaskTypes();
        // Apart from /tasks, whose /{id}/… paths a /views/{id} would be ambiguous with.
        api.MapGroup("/task-views").WithTags("Tasks").MapQueueViews();
        return api;
    }
}
