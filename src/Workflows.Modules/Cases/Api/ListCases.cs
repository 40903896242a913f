using Astra.Workflows.Modules.Tasks.Contracts;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Cases.Contracts;

namespace Astra.Workflows.Modules.Cases.Api;

/// <summary>
/// The cases the caller may see, newest first, with their open-task figures. Need-to-know is the request context's
/// query filters (ADR 0008): nothing here names a team, so nothing here can forget one.
/// </summary>
internal static class ListCases
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapListCases(this RouteGroupBuilder cases)
    {
        cases.MapGet("/", HandleAsync).WithName("ListCases")
            .WithSummary("List cases")
            .WithDescription("The cases the caller may see, newest first, with their open-task figures, filtered by phase, code prefix, team `member` and `overdue` (an open task past due); case managers see only the cases whose team they are on. Paged by the `cursor` of the previous page.");
        return cases;
    }

    private static async Task<Results<Ok<CasePageResponse>, ValidationProblem>> HandleAsync(
        WorkflowsDbContext db,
        ITaskReads tasks,
        TimeProvider time,
        CancellationToken cancellationToken,
        string? phase = null,
        string? code = null,
        Guid? member = null,
        bool? overdue = null,
        int? limit = null,
        string? cursor = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (phase is not null && !CasePhases.All.Contains(phase, StringComparer.Ordinal))
        {
            errors["phase"] = [$"Unknown phase '{phase}'. Use one of: {string.Join(", ", CasePhases.All)}."];
        }

        if (code is { Length: > 32 })
        {
            errors["code"] = ["At most 32 characters."];
        }

        if (limit is < 1 or > MaxPageSize)
        {
            errors["limit"] = [$"Between 1 and {MaxPageSize}."];
        }

        if (!CaseCursor.TryDecode(cursor, out var after))
        {
            errors["cursor"] = ["Not a cursor from a previous page's next."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var size = limit ?? DefaultPageSize;
        var query = db.Cases.AsNoTracking();
        if (phase is not null)
        {
            query = query.Where(c => c.Phase == phase);
        }

        if (!string.IsNullOrWhiteSpace(code))
        {
            // Codes are upper case (AS-2026-0001); StartsWith becomes an escaped LIKE 'prefix%'.
            var prefix = code.Trim().ToUpperInvariant();
            query = query.Where(c => c.Code.StartsWith(prefix));
        }

        // Filters narrow what need-to-know already let through: naming a team member never shows another team's case.
        if (member is { } memberId)
        {
            query = query.Where(c => db.CaseTeamMembers.Any(m => m.CaseId == c.Id && m.UserId == memberId));
        }

        var now = time.GetUtcNow();
        if (overdue == true)
        {
            var late = tasks.CasesWithOverdueTasks(now);
            query = query.Where(c => late.Contains(c.Id));
        }

        if (after is not null)
        {
            query = query.Where(c => c.OpenedAt < after.OpenedAt || (c.OpenedAt == after.OpenedAt && c.Id.CompareTo(after.Id) < 0));
        }

        var rows = await query.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id).Take(size + 1)
            .Select(c => new { c.Id, c.Code, c.Phase, c.OpenedAt })
            .ToListAsync(cancellationToken);
        var shown = rows.Take(size).ToList();
        // One grouped query for the page's figures, not one per case.
        var figures = await tasks.FiguresOfCasesAsync(shown.Select(r => r.Id).ToList(), now, cancellationToken);
        var none = new OpenTaskFigures(0, 0, null);
        var page = shown.Select(r => (Row: r, Tasks: figures.GetValueOrDefault(r.Id, none)))
            .Select(x => new CaseListItem(x.Row.Id, x.Row.Code, x.Row.Phase, x.Row.OpenedAt, x.Tasks.Open, x.Tasks.Overdue, x.Tasks.NextDueAt))
            .ToList();
        var next = rows.Count > size ? new CaseCursor(page[^1].OpenedAt, page[^1].Id).Encode() : null;
        return TypedResults.Ok(new CasePageResponse(page, next));
    }
}
