using Astra.Workflows.Modules.Cases.Access;

namespace Astra.Workflows.Modules.Cases.Teams;

internal static class TeamSetup
{
    public static IServiceCollection AddCaseTeams(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICaseViewerSource, HttpCaseViewerSource>();
        return services;
    }

    public static RouteGroupBuilder MapTeamEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/cases").WithTags("Cases")
            .MapGetTeam()
            .MapPutTeam();
        return api;
    }
}
