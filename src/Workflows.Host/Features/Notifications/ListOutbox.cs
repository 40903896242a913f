using Astra.Workflows.Persistence;
using Astra.Workflows.Persistence.Identity;
using Astra.Workflows.Persistence.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Host.Features.Notifications;

/// <summary>The outbox for Admins, without payloads: enough to see what is stuck or dead-lettered and why.</summary>
public sealed record OutboxEntryResponse(Guid Id, string Kind, string Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, string? LastError);

internal static class ListOutbox
{
    public static RouteGroupBuilder MapListOutbox(this RouteGroupBuilder api)
    {
        api.MapGet("/admin/outbox", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithTags("Admin").WithName("ListOutbox");
        return api;
    }

    private static async Task<Results<Ok<List<OutboxEntryResponse>>, ValidationProblem>> HandleAsync(WorkflowsDbContext db, CancellationToken cancellationToken, string? status = null)
    {
        var query = db.Outbox.AsNoTracking();
        if (status is not null)
        {
            if (!Enum.TryParse<OutboxStatus>(status, ignoreCase: true, out var parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"Use one of: {string.Join(", ", Enum.GetNames<OutboxStatus>())}."] });
            }

            query = query.Where(o => o.Status == parsed);
        }

        var rows = await query.OrderByDescending(o => o.CreatedAt).Take(200)
            .Select(o => new OutboxEntryResponse(o.Id, o.Kind, o.Status.ToString(), o.Attempts, o.CreatedAt, o.NextAttemptAt, o.SentAt, o.LastError))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows);
    }
}
