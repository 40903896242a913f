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
            .MapCompleteTask();
        return api;
    }
}
