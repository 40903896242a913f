namespace Astra.Workflows.Modules.Cases.Clients;

internal static class ClientEndpoints
{
    public static RouteGroupBuilder MapClientEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/cases").WithTags("Clients")
            .MapRevealClient()
            .MapEraseClient();
        api.MapGroup("/clients").WithTags("Clients")
            .MapSearchClients();
        return api;
    }
}
