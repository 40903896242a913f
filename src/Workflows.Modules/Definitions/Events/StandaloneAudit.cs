using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Definitions.Events;

/// <summary>
/// An audit row in a transaction of its own, for acts the engine commits itself (each resumed instance is its own
/// burst) and for refusals, which change nothing.
/// </summary>
internal static class StandaloneAudit
{
    public static async Task RecordAsync(this WorkflowsDbContext db, HttpContext http, TimeProvider time, AuditedAct act, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.AuditAsync(http, time, act, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
