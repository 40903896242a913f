using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>Who and from where, taken from the request; the what is the caller's and must never name the client.</summary>
internal static class RequestAudit
{
    public static Task<AuditEntryEntity> AuditAsync(
        this WorkflowsDbContext db,
        HttpContext http,
        TimeProvider time,
        AuditedAct act,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(act);
        var record = new AuditRecord(
            CurrentUser.From(http).KnownId,
            act.Action,
            act.Entity,
            act.EntityId,
            act.CaseId,
            act.CaseCode,
            act.Outcome,
            http.Connection.RemoteIpAddress?.ToString(),
            act.Reason);
        return AuditTrail.AppendAsync(db, http.RequestServices.GetRequiredService<AuditKey>(), record, time.GetUtcNow(), cancellationToken);
    }
}

internal sealed record AuditedAct(
    string Action,
    string Entity,
    string? EntityId,
    Guid? CaseId,
    string? CaseCode,
    string Outcome,
    string? Reason = null);
