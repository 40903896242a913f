using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Hotline.Contracts;

/// <summary>When a case's person first reached the hotline: the earliest contact linked to the case. No code, no caller.</summary>
public sealed class CaseFirstContact
{
    public Guid CaseId { get; init; }

    public DateTimeOffset FirstAt { get; init; }
}

/// <summary>
/// The earliest hotline contact of each case, as a query to compose (reports join it in one SQL statement). Through
/// the context's need-to-know filter: reports pass a system context, which sees every contact.
/// </summary>
public static class HotlineFirstContacts
{
    public static IQueryable<CaseFirstContact> Query(WorkflowsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        // A member-initialised class, not a positional record, so EF can read its members after a join.
        return db.HotlineContacts.Where(c => c.CaseId != null)
            .GroupBy(c => c.CaseId!.Value)
            .Select(g => new CaseFirstContact { CaseId = g.Key, FirstAt = g.Min(c => c.OccurredAt) });
    }
}
