using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Consent;

internal static class ListConsents
{
    public static RouteGroupBuilder MapListConsents(this RouteGroupBuilder cases)
    {
        cases.MapGet("/{id:guid}/consents", HandleAsync).WithName("ListConsents")
            .WithSummary("List consents")
            .WithDescription("The client's standing consent per purpose and the full history of consents given and withdrawn.");
        return cases;
    }

    private static async Task<Results<Ok<ConsentsResponse>, NotFound>> HandleAsync(Guid id, WorkflowsDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var history = await db.Set<ConsentEventEntity>().AsNoTracking()
            .Where(e => e.CaseId == id)
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        var overrides = await db.Set<AuditEntryEntity>().AsNoTracking()
            .Where(a => a.CaseId == id && a.Action == AuditActions.SharingCheck && a.Outcome == AuditOutcomes.Override)
            .OrderBy(a => a.Id)
            .Select(a => new { a.At, a.Entity, a.Reason, a.UserId })
            .ToListAsync(cancellationToken);
        var people = history.Select(e => e.RecordedBy).Concat(overrides.Select(o => o.UserId)).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string? NameOf(Guid? user) => user is { } u ? names.GetValueOrDefault(u) : null;
        var current = ConsentPurposes.All
            .Select(p => ConsentChecker.ToState(p, history.LastOrDefault(e => e.Purpose == p)))
            .Select(s => new ConsentStatusResponse(s.Purpose, s.Given, s.Since))
            .ToList();
        await http.RecordAsync(AuditActions.ConsentRead, "consent", id, id, null);
        return TypedResults.Ok(new ConsentsResponse(
            id,
            current,
            history.Select(e => ToResponse(e) with { RecordedByName = NameOf(e.RecordedBy) }).ToList(),
            overrides.Select(o => new ConsentOverrideResponse(o.At, o.Entity["sharing:".Length..], o.Reason, o.UserId, NameOf(o.UserId))).ToList()));
    }

    public static ConsentEventResponse ToResponse(ConsentEventEntity e) =>
        new(e.Id, e.Purpose, e.Kind, e.EffectiveAt, e.Note, e.RecordedBy, e.RecordedAt);
}
