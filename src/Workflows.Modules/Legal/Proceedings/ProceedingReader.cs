using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Legal.Storage;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Legal.Proceedings;

internal static class ProceedingReader
{
    public static async Task<ProceedingResponse> ResponseAsync(WorkflowsDbContext db, ProceedingEntity p, CancellationToken cancellationToken)
    {
        var lawyers = await db.ProceedingLawyers.AsNoTracking().Where(l => l.ProceedingId == p.Id)
            .OrderByDescending(l => l.Lead).ThenBy(l => l.UserId).Select(l => l.UserId).ToListAsync(cancellationToken);
        return new ProceedingResponse(p.Id, p.CaseId, p.CaseCode, p.Kind, p.Court, p.CourtCaseNumber, p.ClientRole, p.LeadLawyerId, lawyers, p.Status, p.CreatedAt);
    }

    /// <summary>Lawyers of the proceeding and supervisors change its hearings and deadlines; other team members only read.</summary>
    public static Task<bool> MayActAsync(WorkflowsDbContext db, CurrentUser user, Guid proceedingId, CancellationToken cancellationToken) =>
        user.SupervisesLegalWork ? Task.FromResult(true) : db.ProceedingLawyers.AnyAsync(l => l.ProceedingId == proceedingId && l.UserId == user.Id, cancellationToken);
}
