using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>Reads of one case's data (its page, a task with its form data, an instance with its variables) are recorded.</summary>
internal static class ReadAudit
{
    public static async Task RecordReadAsync(
        this WorkflowsDbContext db, HttpContext http, TimeProvider time, string action, string entity, Guid id, Guid? caseId, string? caseCode, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(action, entity, id.ToString("D"), caseId, caseCode, AuditOutcomes.Ok), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
