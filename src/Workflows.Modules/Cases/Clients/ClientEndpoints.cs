namespace Astra.Workflows.Modules.Cases.Clients;

internal static class ClientEndpoints
{
    public static RouteGroupBuilder MapClientEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/cases").WithTags("Clients")
            .MapRevealClient()
            .MapRecordClient()
            .MapClientStatus()
            .MapEraseClient();
        api.MapGroup("/clients").WithTags("Clients")
            .MapSearchClients();
        return api;
    }
}
