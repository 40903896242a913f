using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Notifications.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Notifications.Api;

/// <summary>The outbox for Admins, without payloads: enough to see what is stuck or dead-lettered and why.</summary>
public sealed record OutboxEntryResponse(Guid Id, string Kind, string Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, string? LastError);

internal static class ListOutbox
{
    public static RouteGroupBuilder MapListOutbox(this RouteGroupBuilder api)
    {
        api.MapGet("/admin/outbox", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithTags("Admin").WithName("ListOutbox")
            .WithSummary("List the e-mail outbox")
            .WithDescription("Outgoing e-mails without their payloads: enough to see what is stuck or dead-lettered and why. `?status=` takes `pending`, `sent`, `deadLetter`, `dead` (dead letters) or `failing` (pending mails whose last attempt failed).");
        return api;
    }

    /// <summary>
    /// <c>?status=</c> takes the stored statuses (<c>pending</c>, <c>sent</c>, <c>deadLetter</c>, any case), <c>dead</c> for
    /// dead letters, and <c>failing</c> for pending mails whose last attempt failed (retrying with backoff).
    /// </summary>
    private static async Task<Results<Ok<List<OutboxEntryResponse>>, ValidationProblem>> HandleAsync(WorkflowsDbContext db, CancellationToken cancellationToken, string? status = null)
    {
        var query = db.Outbox.AsNoTracking();
        if (status is not null)
        {
            if (string.Equals(status, Failing, StringComparison.OrdinalIgnoreCase))
            {
                query = query.Where(o => o.Status == OutboxStatus.Pending && o.LastError != null);
            }
            else if (TryParseStatus(status, out var parsed))
            {
                query = query.Where(o => o.Status == parsed);
            }
            else
            {
                return ApiProblems.Invalid("status", $"Use one of: {string.Join(", ", StatusNames)}.");
            }
        }

        var rows = await query.OrderByDescending(o => o.CreatedAt).Take(200)
            .Select(o => new OutboxEntryResponse(o.Id, o.Kind, o.Status.ToString(), o.Attempts, o.CreatedAt, o.NextAttemptAt, o.SentAt, o.LastError))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows);
    }

    private const string Failing = "failing";

    private static IEnumerable<string> StatusNames => Enum.GetNames<OutboxStatus>().Append("dead").Append(Failing);

    private static bool TryParseStatus(string text, out OutboxStatus status)
    {
        if (string.Equals(text, "dead", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "dead-letter", StringComparison.OrdinalIgnoreCase))
        {
            status = OutboxStatus.DeadLetter;
            return true;
        }

        // Names only: Enum.TryParse would also take "1" or "7".
        return Enum.TryParse(text, ignoreCase: true, out status) && Enum.IsDefined(status) && !char.IsAsciiDigit(text[0]) && text[0] != '-';
    }
}
