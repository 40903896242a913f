using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Hotline.Contacts;

/// <summary>The contact log, newest first, in keyset pages; coded fields only (notes are read one contact at a time, audited).</summary>
internal static class ListContacts
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapListContacts(this RouteGroupBuilder contacts)
    {
        contacts.MapGet("/", HandleAsync).WithName("ListContacts")
            .RequireAuthorization(p => p.RequireRole(ContactRules.Readers))
            .WithSummary("List hotline contacts")
            .WithDescription("Contacts newest first, filtered by the time they occurred (`from` inclusive, `to` exclusive), `outcome`, `topic` and `callerType`. Paged by the `cursor` of the previous page. Coded fields only; no number, no note.");
        return contacts;
    }

    private static async Task<Results<Ok<ContactPageResponse>, ValidationProblem>> HandleAsync(
        WorkflowsDbContext db,
        CancellationToken cancellationToken,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null,
        string? outcome = null,
        string? topic = null,
        string? callerType = null,
        int? limit = null,
        string? cursor = null)
    {
        var errors = new Dictionary<string, string[]>();
        Check(errors, "outcome", outcome, ContactVocabulary.Outcomes);
        Check(errors, "topic", topic, ContactVocabulary.Topics);
        Check(errors, "callerType", callerType, ContactVocabulary.CallerTypes);
        if (from is not null && to is not null && to <= from)
        {
            errors["to"] = ["Must be after from."];
        }

        if (limit is < 1 or > MaxPageSize)
        {
            errors["limit"] = [$"Between 1 and {MaxPageSize}."];
        }

        if (!ContactCursor.TryDecode(cursor, out var after))
        {
            errors["cursor"] = ["Not a cursor from a previous page's next."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var size = limit ?? DefaultPageSize;
        var query = db.HotlineContacts.AsNoTracking();
        if (from is { } f)
        {
            query = query.Where(c => c.OccurredAt >= f);
        }

        if (to is { } t)
        {
            query = query.Where(c => c.OccurredAt < t);
        }

        if (outcome is not null)
        {
            query = query.Where(c => c.Outcome == outcome);
        }

        if (topic is not null)
        {
            query = query.Where(c => c.Topics.Contains(topic));
        }

        if (callerType is not null)
        {
            query = query.Where(c => c.CallerType == callerType);
        }

        if (after is not null)
        {
            query = query.Where(c => c.OccurredAt < after.OccurredAt || (c.OccurredAt == after.OccurredAt && c.Id.CompareTo(after.Id) < 0));
        }

        var rows = await query.OrderByDescending(c => c.OccurredAt).ThenByDescending(c => c.Id).Take(size + 1)
            .Select(c => new
            {
                c.Id, c.Code, c.OccurredAt, c.Channel, c.Direction, c.CallerType, c.Topics, c.Outcome, c.ImminentDanger, c.MinorInvolved, c.DurationMinutes,
                HasCaller = c.CallerIndex != null, HasNote = c.NoteCiphertext != null, c.CaseId,
                c.CallBackDueAt, c.CallBackClaimedBy, c.CallBackClaimedAt, c.CallBackDoneAt, c.CallBackDoneBy,
            })
            .ToListAsync(cancellationToken);
        var shown = rows.Take(size).ToList();
        var codes = await CaseLookup.CodesForSystemAsync(db, shown.Where(r => r.CaseId != null).Select(r => r.CaseId!.Value).Distinct().ToList(), cancellationToken);
        var page = shown.Select(r => new ContactListItem(
                r.Id, r.Code, r.OccurredAt, r.Channel, r.Direction, r.CallerType, r.Topics, r.Outcome, r.ImminentDanger, r.MinorInvolved, r.DurationMinutes,
                r.HasCaller, r.HasNote, r.CaseId is { } id ? codes.GetValueOrDefault(id) : null,
                r.CallBackDueAt is { } due ? new CallBackView(due, r.CallBackClaimedBy, r.CallBackClaimedAt, r.CallBackDoneAt, r.CallBackDoneBy) : null))
            .ToList();
        var next = rows.Count > size ? new ContactCursor(page[^1].OccurredAt, page[^1].Id).Encode() : null;
        return TypedResults.Ok(new ContactPageResponse(page, next));
    }

    private static void Check(Dictionary<string, string[]> errors, string field, string? value, IReadOnlyList<string> allowed)
    {
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            errors[field] = [$"Unknown value. Use one of: {string.Join(", ", allowed)}."];
        }
    }
}
