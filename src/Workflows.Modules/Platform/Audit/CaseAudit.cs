using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>
/// One call per handler to record an act on (or a read of) one case's data: tasks, teams, hearings, proceedings,
/// deadlines, consents. Written in its own transaction right after the act committed (the act's own transaction
/// is often the workflow engine's); a failure here answers 500, so an unaudited act is never silent. Not cancelled
/// by the caller hanging up: the act or the read already happened.
/// </summary>
internal static class CaseAudit
{
    public static Task RecordAsync(this HttpContext http, string action, string entity, Guid? entityId, Guid? caseId, string? caseCode) =>
        http.RecordEachAsync(action, entity, [(entityId, caseId, caseCode)]);

    /// <summary>A list spanning cases is one row per case shown, so "who saw case X" finds list views too.</summary>
    public static async Task RecordEachAsync(
        this HttpContext http, string action, string entity, IEnumerable<(Guid? EntityId, Guid? CaseId, string? CaseCode)> acts)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(acts);
        var rows = acts.ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var db = http.RequestServices.GetRequiredService<WorkflowsDbContext>();
        var time = http.RequestServices.GetRequiredService<TimeProvider>();
        var codes = rows.Where(r => r.CaseId is null && r.CaseCode is not null).Select(r => r.CaseCode!).Distinct().ToList();
        var ids = rows.Where(r => r.CaseId is not null && r.CaseCode is null).Select(r => r.CaseId!.Value).Distinct().ToList();
        // The audit is the system's record: it names the case whatever the caller's view of it.
        var known = await http.RequestServices.GetRequiredService<ICaseCodes>().FindAsync(db, ids, codes, CancellationToken.None);
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        foreach (var (entityId, caseId, caseCode) in rows)
        {
            var match = known.FirstOrDefault(c => c.Id == caseId || c.Code == caseCode);
            await db.AuditAsync(http, time, new AuditedAct(action, entity, entityId?.ToString("D"), caseId ?? match?.Id, caseCode ?? match?.Code, AuditOutcomes.Ok), CancellationToken.None);
        }

        await transaction.CommitAsync(CancellationToken.None);
    }
}
