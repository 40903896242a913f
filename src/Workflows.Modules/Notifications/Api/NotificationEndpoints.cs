using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Notifications.Notices;

namespace Astra.Workflows.Modules.Notifications.Api;

/// <summary><paramref name="Link"/>: the web app page the notice is about, relative to the app's root (<c>tasks/{id}</c>, <c>hearings/{id}</c>, <c>deadlines/{id}</c>, <c>cases/{id}</c>).</summary>
public sealed record NotificationResponse(Guid Id, string Kind, string Text, Guid? TaskId, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, string? Link);

public sealed record UnreadCountResponse(int Unread);

public sealed record ReadAllResponse(int Marked);

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
        group.MapGet("/unread-count", CountAsync).WithName("CountUnreadNotifications")
            .WithSummary("Count my unread notifications")
            .WithDescription("How many of the signed-in user's notifications are not read yet (the bell's number).");
        group.MapPost("/read-all", ReadAllAsync).WithName("ReadAllNotifications")
            .WithSummary("Mark all my notifications read")
            .WithDescription("Marks every unread notification of the signed-in user as read and answers how many were marked.");
        return api.MapListOutbox().MapResendOutbox();
    }

    private static async Task<Ok<List<NotificationResponse>>> ListAsync(ClaimsPrincipal principal, HttpContext http, WorkflowsDbContext db, CancellationToken cancellationToken, bool unread = false)
    {
        var language = ReaderLanguage.Of(http);
        var userId = UserId(principal);
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        if (unread)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        var rows = await query.OrderByDescending(n => n.CreatedAt).Take(200)
            .Select(n => new { n.Id, n.Kind, n.Text, n.Texts, n.TaskId, n.CreatedAt, n.ReadAt, Link = n.Link ?? (n.TaskId == null ? null : "tasks/" + n.TaskId) }).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(n => new NotificationResponse(n.Id, n.Kind, NoticeLanguages.Pick(n.Texts, language, n.Text), n.TaskId, n.CreatedAt, n.ReadAt, n.Link)).ToList());
    }

    private static async Task<Results<NoContent, NotFound>> ReadAsync(Guid id, ClaimsPrincipal principal, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = UserId(principal);
        var now = time.GetUtcNow();
        var updated = await db.Notifications.Where(n => n.Id == id && n.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, n => n.ReadAt ?? now), cancellationToken);
        return updated == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    private static async Task<Ok<UnreadCountResponse>> CountAsync(ClaimsPrincipal principal, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var userId = UserId(principal);
        var count = await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
        return TypedResults.Ok(new UnreadCountResponse(count));
    }

    private static async Task<Ok<ReadAllResponse>> ReadAllAsync(ClaimsPrincipal principal, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = UserId(principal);
        var now = time.GetUtcNow();
        var marked = await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return TypedResults.Ok(new ReadAllResponse(marked));
    }

    private static Guid UserId(ClaimsPrincipal principal) => CurrentUser.From(principal).Id;
}
