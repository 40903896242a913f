using Astra.Workflows.Modules.Cases.Search;

namespace Astra.Workflows.Modules.Cases.Api;

internal static class CaseEndpoints
{
    public static RouteGroupBuilder MapCaseEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/cases").WithTags("Cases")
            .MapCreateCase()
            .MapListCases()
            .MapListCasePhases()
            .MapGetCase()
            .MapFindCase();
        return api;
    }
}
