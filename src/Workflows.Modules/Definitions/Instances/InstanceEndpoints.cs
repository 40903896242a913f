namespace Astra.Workflows.Modules.Definitions.Instances;

internal static class InstanceEndpoints
{
    public static RouteGroupBuilder MapInstanceEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/instances").WithTags("Instances")
            .MapStartInstance()
            .MapListInstances()
            .MapGetInstance()
            .MapGetInstanceActivities()
            .MapCancelOrRetryInstance();
        return api;
    }
}
