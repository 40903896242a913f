using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Legal.Proceedings;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Legal.Deadlines;

internal static class ListDeadlines
{
    public static RouteGroupBuilder MapListDeadlines(this RouteGroupBuilder api)
    {
        api.MapGet("/deadlines", HandleAsync).WithTags("Deadlines").WithName("ListDeadlines")
            .WithSummary("List deadlines")
            .WithDescription("Deadlines of the cases the caller may see, filtered by status; `mine` narrows them to the caller's own proceedings.");
        return api;
    }

    private static async Task<Ok<List<DeadlineResponse>>> HandleAsync(
        ClaimsPrincipal principal, WorkflowsDbContext db, HttpContext http, CancellationToken cancellationToken, bool mine = false, string? status = null)
    {
        var user = CurrentUser.From(principal);
        var deadlines = db.LegalDeadlines.AsNoTracking();
        if (mine)
        {
            deadlines = deadlines.Where(d => db.ProceedingLawyers.Any(l => l.ProceedingId == d.ProceedingId && l.UserId == user.Id));
        }

        if (status is not null)
        {
            deadlines = deadlines.Where(d => d.Status == status);
        }

        var rows = await deadlines.Join(db.Proceedings, d => d.ProceedingId, p => p.Id, (d, p) => new { d, p.CaseCode })
            .OrderBy(x => x.d.DueOn).Take(500).ToListAsync(cancellationToken);
        await http.RecordEachAsync(AuditActions.DeadlineList, "legal_deadline", rows.DistinctBy(x => x.d.CaseId).Select(x => ((Guid?)null, (Guid?)x.d.CaseId, (string?)x.CaseCode)));
        return TypedResults.Ok(rows.Select(x => DeadlineReader.Response(x.d, x.CaseCode, http)).ToList());
    }
}
