using Astra.Workflows.Modules.Legal.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Legal.Proceedings;

/// <summary>Legal's read surface for other modules, over the scoped (request's) context.</summary>
internal sealed class LegalReads(WorkflowsDbContext db) : ILegalReads
{
    public async Task<List<ProceedingOfCase>> OfCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var proceedings = await db.Proceedings.AsNoTracking().Where(p => p.CaseId == caseId).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        var hearings = (await db.Hearings.AsNoTracking().Where(h => h.CaseId == caseId).OrderBy(h => h.StartsAt).ToListAsync(cancellationToken))
            .ToLookup(h => h.ProceedingId);
        var deadlines = (await db.LegalDeadlines.AsNoTracking().Where(d => d.CaseId == caseId).OrderBy(d => d.DueOn).ToListAsync(cancellationToken))
            .ToLookup(d => d.ProceedingId);
        return proceedings.Select(p => new ProceedingOfCase(
                p.Id,
                p.Court,
                p.Kind,
                p.CourtCaseNumber,
                p.Status,
                hearings[p.Id].Select(h => new HearingOfCase(h.Id, h.StartsAt, h.Kind, h.Room, h.Status)).ToList(),
                deadlines[p.Id].Select(d => new DeadlineOfCase(d.Id, d.Kind, d.DueOn, d.Hard, d.Status)).ToList()))
            .ToList();
    }
}
