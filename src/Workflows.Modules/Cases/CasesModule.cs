using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Modules.Cases.Access;
using Astra.Workflows.Modules.Cases.Activities;
using Astra.Workflows.Modules.Cases.Api;
using Astra.Workflows.Modules.Cases.Clients;
using Astra.Workflows.Modules.Cases.Consent;
using Astra.Workflows.Modules.Cases.Documents;
using Astra.Workflows.Modules.Cases.Notes;
using Astra.Workflows.Modules.Cases.Teams;

namespace Astra.Workflows.Modules.Cases;

/// <summary>Cases and privacy: cases, their teams (need-to-know), clients' sealed identities and consents.</summary>
public static class CasesModule
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICaseViewerSource, HttpCaseViewerSource>();
        services.AddScoped<IConsentChecker, ConsentChecker>();
        services.AddScoped<Contracts.ICaseStorySource, Story.CaseRecordsStory>();
        services.AddScoped<Contracts.ICaseDocuments, Documents.CaseDocumentChecks>();
        services.AddSingleton<IActivity, SetCasePhaseActivity>();
        services.AddSingleton<Platform.Bursts.ISideEffectHandler, Storage.CasePhaseChangeHandler>();
        services.AddSingleton<Engine.Simulation.ISimulationHook, CasePhaseSimulation>();
        // The audit trail names cases through this port (Platform knows no module).
        services.AddSingleton<Platform.Audit.ICaseCodes, Audit.CaseCodes>();
        return services;
    }

    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapCaseEndpoints();
        api.MapGroup("/cases").WithTags("Cases")
            .MapGetTeam()
            .MapPutTeam();
        api.MapClientEndpoints();
        api.MapConsentEndpoints();
        api.MapNoteEndpoints();
        api.MapDocumentEndpoints();
        return app;
    }
}
