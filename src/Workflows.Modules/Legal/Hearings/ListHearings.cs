using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Legal.Proceedings;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Legal.Hearings;

public sealed record HearingListItem(Guid Id, Guid ProceedingId, Guid CaseId, string CaseCode, string Court, DateTimeOffset StartsAt, string Kind, string? Room, string Status, int Revision)
{
    /// <summary>Computed on read, as on the hearing itself (ADR 0037): true when its Belgrade day is not a working day.</summary>
    public bool NonWorkingDay { get; init; }

    public string? NonWorkingReason { get; init; }
}

internal static class ListHearings
{
    public static RouteGroupBuilder MapListHearings(this RouteGroupBuilder api)
    {
        api.MapGet("/hearings", HandleAsync).WithTags("Hearings").WithName("ListHearings")
            .WithSummary("List hearings")
            .WithDescription("Hearings of the cases the caller may see in a date range; `mine` narrows them to the caller's own proceedings.");
        return api;
    }

    // Need-to-know filters every row; mine narrows to proceedings the caller is a lawyer of.
    private static async Task<Ok<List<HearingListItem>>> HandleAsync(
        ClaimsPrincipal principal, WorkflowsDbContext db, HearingDays days, HttpContext http, CancellationToken cancellationToken, bool mine = false, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var user = CurrentUser.From(principal);
        var hearings = db.Hearings.AsNoTracking();
        if (mine)
        {
            hearings = hearings.Where(h => db.ProceedingLawyers.Any(l => l.ProceedingId == h.ProceedingId && l.UserId == user.Id));
        }

        if (from is { } f)
        {
            var start = f.ToUniversalTime();
            hearings = hearings.Where(h => h.StartsAt >= start);
        }

        if (to is { } t)
        {
            var end = t.ToUniversalTime();
            hearings = hearings.Where(h => h.StartsAt < end);
        }

        var rows = await hearings.Join(db.Proceedings, h => h.ProceedingId, p => p.Id, (h, p) => new { h, p.CaseCode, p.Court })
            .OrderBy(x => x.h.StartsAt).Take(500)
            .Select(x => new HearingListItem(x.h.Id, x.h.ProceedingId, x.h.CaseId, x.CaseCode, x.Court, x.h.StartsAt, x.h.Kind, x.h.Room, x.h.Status, x.h.Revision))
            .ToListAsync(cancellationToken);
        await http.RecordEachAsync(AuditActions.HearingList, "hearing", rows.DistinctBy(r => r.CaseId).Select(r => ((Guid?)null, (Guid?)r.CaseId, (string?)r.CaseCode)));
        return TypedResults.Ok(rows.Select(r => days.NonWorkingReason(r.StartsAt) is { } reason ? r with { NonWorkingDay = true, NonWorkingReason = reason } : r).ToList());
    }
}
