using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Modules.Legal.Activities;
using Astra.Workflows.Modules.Legal.Alerts;
using Astra.Workflows.Modules.Legal.CalendarFeed;
using Astra.Workflows.Modules.Legal.Deadlines;
using Astra.Workflows.Modules.Legal.Hearings;
using Astra.Workflows.Modules.Legal.Proceedings;
using Astra.Workflows.Modules.Platform.Scheduling;

namespace Astra.Workflows.Modules.Legal;

/// <summary>Proceedings, hearings, legal deadlines, their alerts and the calendar feed (ADR 0011).</summary>
public static class LegalModule
{
    public static IServiceCollection AddLegal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LegalOptions>().Bind(configuration.GetSection(LegalOptions.Section));
        services.AddSingleton<IActivity, LegalDeadlineActivity>();
        services.AddSingleton<HearingAlerts>();
        services.AddSingleton<HearingDays>();
        services.AddSingleton<DeadlineEscalations>();
        services.AddScoped<HearingEvents>();
        services.AddSingleton<DeadlineEvents>();
        services.AddSingleton<LegalNotifier>();
        services.AddDueRowSource<LegalAlertDueRows, LegalAlertDispatcher>(configuration);
        services.AddTransient<LegalAlertJob>();
        services.AddSingleton<CalendarFeedBuilder>();
        services.AddScoped<Contracts.ILegalReads, LegalReads>();
        services.AddScoped<Cases.Contracts.ICaseStorySource, Story.LegalStory>();
        return services;
    }

    /// <summary>The calendar feed is outside <c>/api</c>: calendar apps fetch it with its token, not a bearer.</summary>
    public static IEndpointRouteBuilder MapLegal(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapCreateProceeding().MapGetProceeding()
            .MapScheduleHearing().MapGetHearing().MapUpdateHearing().MapCancelHearing().MapListHearings()
            .MapDeadlineKinds().MapCreateDeadline().MapListDeadlines().MapGetDeadline().MapCompleteDeadline().MapChangeDeadline()
            .MapMyCalendarFeed();
        app.MapCalendarFeed();
        return app;
    }
}
