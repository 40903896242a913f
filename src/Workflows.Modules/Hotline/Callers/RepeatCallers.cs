using Astra.Workflows.Modules.Hotline.Contacts;
using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Hotline.Callers;

/// <summary>
/// Earlier contacts of one caller, by index. Case codes come through Cases' lookup past the need-to-know
/// filter: a code is pseudonymous and tells the operator whom to call, while the case itself stays
/// behind need-to-know (ADR 0033).
/// </summary>
internal static class RepeatCallers
{
    public const int RecentShown = 5;

    public static readonly RepeatCallerResponse None = new(0, null, null, [], []);

    public static async Task<RepeatCallerResponse> FindAsync(WorkflowsDbContext db, string? callerIndex, Guid? except, CancellationToken cancellationToken)
    {
        if (callerIndex is null)
        {
            return None;
        }

        var query = db.HotlineContacts.AsNoTracking().Where(c => c.CallerIndex == callerIndex);
        if (except is { } id)
        {
            query = query.Where(c => c.Id != id);
        }

        // One statement for the figures, one for the newest few, one for the case codes.
        var figures = await query.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), First = g.Min(c => c.OccurredAt), Last = g.Max(c => c.OccurredAt) })
            .FirstOrDefaultAsync(cancellationToken);
        if (figures is null)
        {
            return None;
        }

        var recent = await query.OrderByDescending(c => c.OccurredAt).ThenByDescending(c => c.Id).Take(RecentShown)
            .Select(c => new { c.Id, c.Code, c.OccurredAt, c.Outcome, c.CaseId })
            .ToListAsync(cancellationToken);
        var caseIds = await query.Where(c => c.CaseId != null).Select(c => c.CaseId!.Value).Distinct().ToListAsync(cancellationToken);
        var codes = await CaseLookup.CodesForSystemAsync(db, caseIds, cancellationToken);
        return new RepeatCallerResponse(
            figures.Count,
            figures.First,
            figures.Last,
            codes.Values.Order(StringComparer.Ordinal).ToList(),
            recent.Select(r => new EarlierContact(r.Id, r.Code, r.OccurredAt, r.Outcome, r.CaseId is { } c ? codes.GetValueOrDefault(c) : null)).ToList());
    }
}
