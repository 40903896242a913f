using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Cases.Storage;
using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Cases.Contracts;

/// <summary>
/// Opens a case for another module (the hotline opens one from a contact) exactly as <c>POST /api/cases</c> does:
/// the next code of the year from the atomic counter, the opener on the team. Adds to the caller's context inside
/// the caller's transaction and saves; the caller audits and commits, so the case and what links to it land together.
/// </summary>
public static class CaseOpening
{
    public static async Task<CaseSummary> OpenAsync(WorkflowsDbContext db, Guid caseId, Guid? openedBy, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A case is opened inside the caller's transaction; begin one first.");
        }

        var now = time.GetUtcNow();
        var entity = new CaseEntity
        {
            Id = caseId,
            Code = await CaseCodes.NextAsync(db, OrganisationTime.Today(time).Year, cancellationToken),
            Phase = CasePhases.Identification,
            OpenedAt = now,
            CreatedBy = openedBy,
        };
        db.Cases.Add(entity);
        if (openedBy is { } opener)
        {
            CaseTeams.Add(db, entity.Id, opener, opener, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CaseSummary(entity.Id, entity.Code, entity.Phase);
    }
}
