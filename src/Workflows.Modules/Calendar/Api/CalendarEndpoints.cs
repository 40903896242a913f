namespace Astra.Workflows.Modules.Calendar.Api;

internal static class CalendarEndpoints
{
    public static RouteGroupBuilder MapCalendarEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/calendar").WithTags("Calendar")
            .MapAddWorkingDays()
            .MapGetHolidays()
            .MapListClosures()
            .MapManageClosures();
        return api;
    }
}
