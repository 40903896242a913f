using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Notifications.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Notifications.Api;

/// <summary>
/// An Admin puts a dead-lettered or failing e-mail back in line after fixing the cause (SMTP settings, a mailbox):
/// pending, attempts from zero, due now. The dispatcher sends it on its next round; a sent one is never sent again (409),
/// nor is one still waiting for its first attempt reset.
/// </summary>
internal static class ResendOutbox
{
    public static RouteGroupBuilder MapResendOutbox(this RouteGroupBuilder api)
    {
        api.MapPost("/admin/outbox/{id:guid}/resend", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithTags("Admin").WithName("ResendOutbox")
            .WithSummary("Resend an e-mail")
            .WithDescription("Puts a dead-lettered or failing e-mail back in line, due now with attempts from zero. A sent e-mail is never sent again, nor is one still waiting for its first attempt reset (409).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<OutboxEntryResponse>, NotFound, ProblemHttpResult>> HandleAsync(
        Guid id, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // One conditional update: a row the dispatcher sends meanwhile is not reset behind its back.
        var updated = await db.Outbox.Where(o => o.Id == id && (o.Status == OutboxStatus.DeadLetter || (o.Status == OutboxStatus.Pending && o.LastError != null)))
            .ExecuteUpdateAsync(
                s => s.SetProperty(o => o.Status, OutboxStatus.Pending).SetProperty(o => o.Attempts, 0).SetProperty(o => o.NextAttemptAt, now).SetProperty(o => o.ClaimedBy, (Guid?)null),
                cancellationToken);
        var row = await db.Outbox.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        if (updated == 0)
        {
            // Sent: never twice. Pending without a failure: already in line, and resetting it could send it twice.
            var detail = row.Status == OutboxStatus.Sent ? "This message was already sent." : "This message is already waiting to be sent.";
            return ApiProblems.Conflict(detail);
        }

        return TypedResults.Ok(new OutboxEntryResponse(row.Id, row.Kind, row.Status.ToString(), row.Attempts, row.CreatedAt, row.NextAttemptAt, row.SentAt, row.LastError));
    }
}
