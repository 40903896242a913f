using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Calendar.Api;
using Astra.Workflows.Modules.Calendar.Storage;

namespace Astra.Workflows.Modules.Calendar;

/// <summary>Working days: Serbian holidays and the organisation's closures, and the calendar API.</summary>
public static class CalendarModule
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseOrganisationClosures>();
        services.AddSingleton<IOrganisationClosures>(sp => sp.GetRequiredService<DatabaseOrganisationClosures>());
        services.AddSingleton<IWorkingDayCalendar, WorkingDayCalendar>();
        return services;
    }

    public static IEndpointRouteBuilder MapCalendar(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapCalendarEndpoints();
        return app;
    }
}
