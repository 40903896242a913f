using Astra.Workflows.Modules.Legal.Alerts;
using Astra.Workflows.Modules.Legal.CalendarFeed;
using Astra.Workflows.Modules.Legal.Deadlines;
using Astra.Workflows.Modules.Legal.Hearings;
using Astra.Workflows.Modules.Legal.Proceedings;
using Astra.Workflows.Modules.Platform.Scheduling;

namespace Astra.Workflows.Modules.Legal;

/// <summary>Proceedings, hearings, legal deadlines, their alerts and the calendar feed (ADR 0011).</summary>
internal static class LegalSetup
{
    public static IServiceCollection AddLegalWork(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LegalOptions>().Bind(configuration.GetSection(LegalOptions.Section));
        services.AddSingleton<HearingAlerts>();
        services.AddSingleton<DeadlineEscalations>();
        services.AddScoped<HearingEvents>();
        services.AddSingleton<DeadlineEvents>();
        services.AddSingleton<LegalNotifier>();
        services.AddDueRowSource<LegalAlertDueRows, LegalAlertDispatcher>(configuration);
        services.AddTransient<LegalAlertJob>();
        services.AddSingleton<CalendarFeedBuilder>();
        return services;
    }

    public static RouteGroupBuilder MapLegalWork(this RouteGroupBuilder api)
    {
        api.MapCreateProceeding().MapGetProceeding()
            .MapScheduleHearing().MapGetHearing().MapUpdateHearing().MapCancelHearing().MapListHearings()
            .MapDeadlineKinds().MapCreateDeadline().MapListDeadlines().MapCompleteDeadline().MapChangeDeadline()
            .MapMyCalendarFeed();
        return api;
    }

    /// <summary>Outside <c>/api</c>: the feed is fetched by calendar apps with the token, not a bearer.</summary>
    public static IEndpointRouteBuilder MapLegalCalendarFeed(this IEndpointRouteBuilder app) => app.MapCalendarFeed();
}
