namespace Astra.Workflows.Host.Features.Cases;

internal static class CaseEndpoints
{
    public static RouteGroupBuilder MapCaseEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/cases").WithTags("Cases")
            .MapCreateCase()
            .MapListCases()
            .MapListCasePhases()
            .MapGetCase();
        return api;
    }
}
