using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Legal.CalendarFeed;

internal static class CalendarFeedEndpoint
{
    /// <summary>The feed is anonymous (calendar apps cannot sign in); the unguessable token is the credential.</summary>
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{token}.ics", HandleAsync).AllowAnonymous().WithTags("Calendar feed").WithName("CalendarFeed")
            .WithSummary("Calendar feed")
            .WithDescription("The iCalendar feed of a lawyer's hearings and deadlines for calendar apps, which cannot sign in: the unguessable token in the link is the credential. An unknown or rotated token is 404.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");
        return app;
    }

    private static async Task<Results<ContentHttpResult, NotFound>> HandleAsync(
        string token, IDbContextFactory<WorkflowsDbContext> contexts, CalendarFeedBuilder builder, HttpResponse response, TimeProvider time, CancellationToken cancellationToken)
    {
        // No signed-in viewer here, so need-to-know is applied by the builder for the token's owner instead of by the request context.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        // Looked up by hash: the database holds no usable token. A deactivated (locked-out) account's feed goes dark
        // with its sign-in, and so does the feed of a user who is no longer a Lawyer.
        var hash = token.Length is > 0 and <= 64 ? CalendarFeedTokens.Hash(token) : null;
        var userId = hash is not null
            ? await db.CalendarFeedTokens.AsNoTracking().Where(t => t.TokenHash == hash)
                .Join(db.Users.Where(u => !u.LockoutEnabled || u.LockoutEnd == null || u.LockoutEnd <= now), t => t.UserId, u => u.Id, (t, _) => t.UserId)
                .Where(id => db.UserRoles.Any(ur => ur.UserId == id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Lawyer)))
                .Select(id => (Guid?)id)
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
