using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Modules.Reports.Builtin;
using Astra.Workflows.Modules.Reports.Contracts;
using Astra.Workflows.Modules.Reports.Engine;
using Astra.Workflows.Modules.Reports.Exports;
using Astra.Workflows.Modules.Reports.Overview;
using Astra.Workflows.Modules.Reports.Profile;

namespace Astra.Workflows.Modules.Reports;

/// <summary>
/// Reports: the coded case profile, the report engine (periods, complementary suppression, exports, audit), the
/// built-in victims and work reports, the HTCDS export and the Director's overview. Other modules add reports by
/// registering <see cref="IReport"/> in their own <c>AddX()</c>.
/// </summary>
public static class ReportsModule
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportsOptions>().Bind(configuration.GetSection(ReportsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IActivity, SetProfileActivity>();
        services.AddSingleton<Platform.Bursts.ISideEffectHandler, CaseProfileChangeHandler>();
        services.AddScoped<ReportRunner>();
        services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o => o.AddSchemaTransformer<ReportCellSchema>());
        services.AddScoped<IReport, VictimsBySex>();
        services.AddScoped<IReport, VictimsByAgeGroup>();
        services.AddScoped<IReport, VictimsChildrenAndAdults>();
        services.AddScoped<IReport, VictimsByCitizenship>();
        services.AddScoped<IReport, VictimsByExploitation>();
        services.AddScoped<IReport, VictimsByReferralSource>();
        services.AddScoped<IReport, TasksOnTime>();
        services.AddScoped<IReport, TasksOverdueNow>();
        services.AddScoped<IReport, LegalDeadlinesMet>();
        services.AddScoped<IReport, HearingsHeld>();
        return services;
    }

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapProfileEndpoints();
        api.MapReportEndpoints();
        api.MapHtcdsExport();
        api.MapOverview();
        return app;
    }
}
