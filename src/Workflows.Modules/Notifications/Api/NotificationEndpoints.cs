using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Notifications.Api;

public sealed record NotificationResponse(Guid Id, string Kind, string Text, Guid? TaskId, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

internal static class NotificationEndpoints
{
    public static RouteGroupBuilder MapNotificationEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications");
        group.MapGet("/", ListAsync).WithName("ListNotifications")
            .WithSummary("List my notifications")
            .WithDescription("The signed-in user's in-app notifications; `?unread=true` leaves out those already read.");
        group.MapPost("/{id:guid}/read", ReadAsync).WithName("ReadNotification")
            .WithSummary("Mark a notification read")
            .WithDescription("Marks one of the signed-in user's notifications as read; another user's is 404.");
        return api.MapListOutbox().MapResendOutbox();
    }

    private static async Task<Ok<List<NotificationResponse>>> ListAsync(ClaimsPrincipal principal, WorkflowsDbContext db, CancellationToken cancellationToken, bool unread = false)
    {
        var userId = UserId(principal);
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        if (unread)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        var rows = await query.OrderByDescending(n => n.CreatedAt).Take(200)
            .Select(n => new NotificationResponse(n.Id, n.Kind, n.Text, n.TaskId, n.CreatedAt, n.ReadAt)).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows);
    }

    private static async Task<Results<NoContent, NotFound>> ReadAsync(Guid id, ClaimsPrincipal principal, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = UserId(principal);
        var now = time.GetUtcNow();
        var updated = await db.Notifications.Where(n => n.Id == id && n.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, n => n.ReadAt ?? now), cancellationToken);
        return updated == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    private static Guid UserId(ClaimsPrincipal principal) => CurrentUser.From(principal).Id;
}
