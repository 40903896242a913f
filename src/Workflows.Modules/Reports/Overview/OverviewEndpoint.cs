using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Legal.Contracts;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Referrals.Contracts;
using Astra.Workflows.Modules.Reports.Profile;
using Astra.Workflows.Modules.Tasks.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Reports.Overview;

public sealed record PhaseCount(string Phase, int Count);

/// <summary>Overdue open tasks of one person; <paramref name="UserId"/> null for tasks nobody has claimed.</summary>
public sealed record MemberOverdue(Guid? UserId, string? DisplayName, int Count);

public sealed record DeadlineSoon(Guid Id, Guid CaseId, string CaseCode, string Kind, DateOnly DueOn);

/// <summary>
/// Outgoing referrals without an answer: those still open to one, and those whose deadline passed unanswered in the
/// last <paramref name="RecentDays"/> days; <paramref name="PastDeadline"/> of them are past their respond-within deadline.
/// </summary>
public sealed record ReferralsWaitingCount(int Waiting, int PastDeadline, int RecentDays);

/// <summary>The Director's landing page: where the service stands now.</summary>
public sealed record OverviewResponse(
    DateTimeOffset GeneratedAt,
    IReadOnlyList<PhaseCount> OpenCasesByPhase,
    IReadOnlyList<MemberOverdue> OverdueTasksByMember,
    IReadOnlyList<DeadlineSoon> HardDeadlinesNext7Days,
    ReferralsWaitingCount ReferralsWaiting);

/// <summary>
/// <c>GET /api/overview</c> for the Director (and coordinators and admins, who see every case too). Not anonymous:
/// it names staff and case codes, so it is not open to the Reporting role; it is read through the request's context.
/// </summary>
internal static class OverviewEndpoint
{
    public const int DeadlineDays = 7;

    public static RouteGroupBuilder MapOverview(this RouteGroupBuilder api)
    {
        api.MapGet("/overview", GetAsync).WithTags("Reports").WithName("GetOverview")
            .RequireAuthorization(p => p.RequireRole(Roles.Director, Roles.Coordinator, Roles.Admin))
            .WithSummary("The Director's overview")
            .WithDescription("Open cases by phase, overdue tasks by team member, open hard legal deadlines in the next 7 days (today included) and outgoing referrals waiting for an answer (with those past their respond-within deadline).");
        return api;
    }

    private static async Task<Ok<OverviewResponse>> GetAsync(
        WorkflowsDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var phases = await CaseFacts.Query(db).Where(c => c.Phase != CasePhases.Closure)
            .GroupBy(c => c.Phase).Select(g => new { Phase = g.Key, N = g.Count() }).ToListAsync(cancellationToken);
        var byPhase = CasePhases.All.Where(p => p != CasePhases.Closure)
            .Select(p => new PhaseCount(p, phases.FirstOrDefault(x => x.Phase == p)?.N ?? 0)).ToList();

        var overdue = await TaskStatistics.OverdueByAssigneeAsync(db, now, cancellationToken);
        var ids = overdue.Where(o => o.AssigneeId is not null).Select(o => o.AssigneeId!.Value).ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var members = overdue
            .Select(o => new MemberOverdue(o.AssigneeId, o.AssigneeId is { } id ? names.GetValueOrDefault(id) : null, o.Count))
            .OrderByDescending(m => m.Count).ToList();

        var today = OrganisationTime.Today(time);
        var due = await LegalStatistics.HardDeadlinesDueAsync(db, today, today.AddDays(DeadlineDays - 1), cancellationToken);
        var deadlines = new List<DeadlineSoon>();
        foreach (var deadline in due)
        {
            if (await CaseLookup.FindAsync(db, deadline.CaseId, cancellationToken) is { } found)
            {
                deadlines.Add(new DeadlineSoon(deadline.Id, deadline.CaseId, found.Code, deadline.Kind, deadline.DueOn));
            }
        }

        var waiting = await ReferralsWaiting.CountAsync(db, now, cancellationToken);

        await http.RecordAsync(ReportAuditActions.OverviewRead, "overview", null, null, null);
        return TypedResults.Ok(new OverviewResponse(now, byPhase, members, deadlines, new ReferralsWaitingCount(waiting.Waiting, waiting.PastDeadline, ReferralsWaiting.RecentDays)));
    }
}
