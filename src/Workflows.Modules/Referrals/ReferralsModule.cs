using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Modules.Platform.Bursts;
using Astra.Workflows.Modules.Platform.Scheduling;
using Astra.Workflows.Modules.Referrals.Activities;
using Astra.Workflows.Modules.Referrals.Catalogue;
using Astra.Workflows.Modules.Referrals.Escalations;
using Astra.Workflows.Modules.Referrals.PartnerPage;
using Astra.Workflows.Modules.Referrals.Partners;
using Astra.Workflows.Modules.Referrals.Referrals;
using Astra.Workflows.Modules.Referrals.Reports;
using Astra.Workflows.Modules.Referrals.Services;
using Astra.Workflows.Modules.Reports.Contracts;

namespace Astra.Workflows.Modules.Referrals;

/// <summary>
/// Referrals (issue 15): the partner directory, the service catalogue and funding projects, services delivered per case,
/// referrals out and in with their respond-within timers, the partner's answer page and the <c>referral.send</c> activity.
/// </summary>
public static class ReferralsModule
{
    public static IServiceCollection AddReferrals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IActivity, ReferralSendActivity>();
        services.AddSingleton<Engine.Simulation.ISimulationHook, ReferralSimulation>();
        services.AddSingleton<ISideEffectHandler, ReferralRequestedHandler>();
        services.AddSingleton<IBurstTransactionStep, ReferralSendAudit>();
        services.AddSingleton<ReferralSender>();
        services.AddSingleton<ReferralNotifier>();
        services.AddSingleton<ReferralEvents>();
        services.AddDueRowSource<ReferralTimerDueRows, ReferralTimerDispatcher>(configuration);
        services.AddTransient<ReferralTimerJob>();
        services.AddPartnerPageRateLimit(configuration);
        // The assistance reports join the Reports module's list through its IReport contract.
        services.AddScoped<Cases.Contracts.ICaseStorySource, Story.ReferralStory>();
        services.AddScoped<IReport, ServicesByType>();
        services.AddScoped<IReport, ServicesByMonth>();
        services.AddScoped<IReport, ServicesByFundingProject>();
        services.AddScoped<IReport, ReferralsByPartnerKind>();
        services.AddScoped<IReport, DaysToFirstService>();
        return services;
    }

    /// <summary>The partner page <c>/r/{token}</c> is outside <c>/api</c>: partners have no account.</summary>
    public static IEndpointRouteBuilder MapReferrals(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapCatalogue().MapPartners().MapServices()
            .MapSendReferral().MapReadReferrals().MapChangeReferral().MapIncomingReferral();
        app.MapPartnerPage();
        return app;
    }
}
