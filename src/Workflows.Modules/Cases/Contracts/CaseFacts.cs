using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Cases.Contracts;

/// <summary>What reports may know of a case: no code, no client, only its phase and when it was opened.</summary>
public sealed class CaseFact
{
    public Guid Id { get; init; }

    public string Phase { get; init; } = string.Empty;

    public DateTimeOffset OpenedAt { get; init; }
}

/// <summary>
/// Cases as facts to count, as a query to compose (joins and grouping stay in one SQL statement). Through the
/// context's need-to-know filter: reports pass a system context, which sees every case.
/// </summary>
public static class CaseFacts
{
    public static IQueryable<CaseFact> Query(WorkflowsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        // A member-initialised class, not a positional record, so EF can read its members after a join.
        return db.Cases.Select(c => new CaseFact { Id = c.Id, Phase = c.Phase, OpenedAt = c.OpenedAt });
    }
}
