using System.Security.Claims;
using Astra.Workflows.Modules.Legal.Proceedings;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Crypto;
using Microsoft.AspNetCore.Http.HttpResults;
using Astra.Workflows.Modules.Platform.Links;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Legal.CalendarFeed;

public sealed record CalendarFeedResponse(string Url);

internal static class MyCalendarFeed
{
    public static RouteGroupBuilder MapMyCalendarFeed(this RouteGroupBuilder api)
    {
        api.MapGet("/me/calendar-feed", GetAsync).WithTags("Calendar feed").WithName("GetMyCalendarFeed")
            .WithSummary("Get my calendar feed link")
            .WithDescription("The signed-in user's secret iCalendar link of hearings and deadlines, created on first use.");
        api.MapPost("/me/calendar-feed/rotate", RotateAsync).WithTags("Calendar feed").WithName("RotateMyCalendarFeed")
            .WithSummary("Rotate my calendar feed link")
            .WithDescription("Replaces the signed-in user's calendar link; the old one stops working at once.");
        return api;
    }

    private static async Task<Ok<CalendarFeedResponse>> GetAsync(ClaimsPrincipal principal, WorkflowsDbContext db, MasterKey masterKey, PublicUrl publicUrl, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(Url(publicUrl, await CalendarFeedTokens.GetOrCreateAsync(db, masterKey, CurrentUser.From(principal).Id, time, cancellationToken)));

    private static async Task<Ok<CalendarFeedResponse>> RotateAsync(ClaimsPrincipal principal, WorkflowsDbContext db, MasterKey masterKey, PublicUrl publicUrl, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(Url(publicUrl, await CalendarFeedTokens.RotateAsync(db, masterKey, CurrentUser.From(principal).Id, time, cancellationToken)));

    private static CalendarFeedResponse Url(PublicUrl publicUrl, string token) =>
        new(publicUrl.Link($"calendar/{token}.ics"));
}
