using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Users.Auth;

/// <summary>
/// Audit rows for account events. The subject is the account's id when one exists; what someone typed into the
/// e-mail field is never stored (it may be a mistyped address of a real person, or a client's name).
/// </summary>
internal static class AuthAudit
{
    public static async Task AppendAsync(
        WorkflowsDbContext db, HttpContext http, TimeProvider time, string action, Guid? actorId, Guid? subjectId, string outcome, string? reason = null)
    {
        var record = new AuditRecord(
            actorId,
            action,
            "user",
            subjectId?.ToString("D"),
            null,
            null,
            outcome,
            http.Connection.RemoteIpAddress?.ToString(),
            reason);
        if (db.Database.CurrentTransaction is not null)
        {
            await AuditTrail.AppendAsync(db, http.RequestServices.GetRequiredService<AuditKey>(), record, time.GetUtcNow(), http.RequestAborted);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
        await AuditTrail.AppendAsync(db, http.RequestServices.GetRequiredService<AuditKey>(), record, time.GetUtcNow(), http.RequestAborted);
        await transaction.CommitAsync(http.RequestAborted);
    }
}
