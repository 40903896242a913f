using Astra.Workflows.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Host.Features.CalendarFeed;

internal static class CalendarFeedEndpoint
{
    /// <summary>The feed is anonymous (calendar apps cannot sign in); the unguessable token is the credential.</summary>
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{token}.ics", HandleAsync).AllowAnonymous().WithTags("Calendar feed").WithName("CalendarFeed");
        return app;
    }

    private static async Task<Results<ContentHttpResult, NotFound>> HandleAsync(
        string token, IDbContextFactory<WorkflowsDbContext> contexts, CalendarFeedBuilder builder, HttpResponse response, TimeProvider time, CancellationToken cancellationToken)
    {
        // No signed-in viewer here, so need-to-know is applied by the builder for the token's owner instead of by the request context.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        // A deactivated (locked-out) account's feed goes dark with its sign-in.
        var userId = token.Length is > 0 and <= 64
            ? await db.CalendarFeedTokens.AsNoTracking().Where(t => t.Token == token)
                .Join(db.Users.Where(u => !u.LockoutEnabled || u.LockoutEnd == null || u.LockoutEnd <= now), t => t.UserId, u => u.Id, (t, _) => (Guid?)t.UserId)
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        if (userId is null)
        {
            return TypedResults.NotFound();
        }

        response.Headers.CacheControl = "private, no-store";
        return TypedResults.Text(await builder.BuildAsync(db, userId.Value, cancellationToken), "text/calendar; charset=utf-8");
    }
}
