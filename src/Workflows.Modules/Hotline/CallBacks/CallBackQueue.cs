using Astra.Workflows.Modules.Hotline.Contacts;
using Astra.Workflows.Modules.Hotline.Storage;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Hotline.CallBacks;

public sealed record CallBackItem(Guid ContactId, string Code, DateTimeOffset OccurredAt, DateTimeOffset DueAt, bool Overdue, Guid? ClaimedBy, DateTimeOffset? ClaimedAt, string CallerType, IReadOnlyList<string> Topics, bool HasCaller);

/// <summary>
/// Contacts whose outcome is callBack, soonest due first, until someone records the call-back as done. An operator
/// claims one so two do not call the same person; a claim is released by its holder or a coordinator.
/// </summary>
internal static class CallBackQueue
{
    public const int MaxShown = 200;

    public static RouteGroupBuilder MapCallBacks(this RouteGroupBuilder contacts)
    {
        contacts.MapGet("/call-backs", ListAsync).WithName("ListCallBacks")
            .RequireAuthorization(p => p.RequireRole(ContactRules.Loggers))
            .WithSummary("The call-back queue")
            .WithDescription("Open call-backs, soonest due first (at most 200); `mine=true` only those the caller claimed.");
        contacts.MapPost("/{id:guid}/call-back/claim", ClaimAsync).WithName("ClaimCallBack")
            .RequireAuthorization(p => p.RequireRole(ContactRules.Loggers))
            .WithSummary("Take a call-back")
            .WithDescription("Claims the call-back for the caller; 409 when someone else holds it or it is done.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        contacts.MapPost("/{id:guid}/call-back/release", ReleaseAsync).WithName("ReleaseCallBack")
            .RequireAuthorization(p => p.RequireRole(ContactRules.Loggers))
            .WithSummary("Give a call-back back to the queue")
            .WithDescription("By its holder or a coordinator (403 otherwise).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        contacts.MapPost("/{id:guid}/call-back/done", DoneAsync).WithName("CompleteCallBack")
            .RequireAuthorization(p => p.RequireRole(ContactRules.Loggers))
            .WithSummary("Record a call-back as made")
            .WithDescription("Takes it off the queue. By its holder, anyone when unclaimed, or a coordinator (403 otherwise). Log the call itself as a new contact.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return contacts;
    }

    private static async Task<Ok<List<CallBackItem>>> ListAsync(HttpContext http, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken, bool? mine = null)
    {
        var now = time.GetUtcNow();
        var query = Open(db).AsNoTracking();
        if (mine == true)
        {
            var me = CurrentUser.From(http).Id;
            query = query.Where(c => c.CallBackClaimedBy == me);
        }

        var rows = await query.OrderBy(c => c.CallBackDueAt).ThenBy(c => c.Id).Take(MaxShown)
            .Select(c => new { c.Id, c.Code, c.OccurredAt, Due = c.CallBackDueAt!.Value, c.CallBackClaimedBy, c.CallBackClaimedAt, c.CallerType, c.Topics, HasCaller = c.CallerIndex != null })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(r => new CallBackItem(r.Id, r.Code, r.OccurredAt, r.Due, r.Due < now, r.CallBackClaimedBy, r.CallBackClaimedAt, r.CallerType, r.Topics, r.HasCaller)).ToList());
    }

    private static Task<Results<Ok<CallBackItem>, ProblemHttpResult>> ClaimAsync(Guid id, HttpContext http, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, db, time, "claim", (c, user, now) =>
        {
            if (c.CallBackClaimedBy is { } holder && holder != user.Id)
            {
                return ApiProblems.Conflict("Someone else has taken this call-back.");
            }

            c.CallBackClaimedBy = user.KnownId;
            c.CallBackClaimedAt = now;
            return null;
        }, cancellationToken);

    private static Task<Results<Ok<CallBackItem>, ProblemHttpResult>> ReleaseAsync(Guid id, HttpContext http, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, db, time, "release", (c, user, _) =>
        {
            if (c.CallBackClaimedBy is null)
            {
                return ApiProblems.Conflict("Nobody has taken this call-back.");
            }

            if (c.CallBackClaimedBy != user.Id && !user.IsCoordinatorOrAdmin)
            {
                return ApiProblems.Forbidden("Only its holder or a coordinator may release a call-back.");
            }

            c.CallBackClaimedBy = null;
            c.CallBackClaimedAt = null;
            return null;
        }, cancellationToken);

    private static Task<Results<Ok<CallBackItem>, ProblemHttpResult>> DoneAsync(Guid id, HttpContext http, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, http, db, time, "done", (c, user, now) =>
        {
            if (c.CallBackClaimedBy is { } holder && holder != user.Id && !user.IsCoordinatorOrAdmin)
            {
                return ApiProblems.Forbidden("Someone else has taken this call-back.");
            }

            c.CallBackDoneAt = now;
            c.CallBackDoneBy = user.KnownId;
            return null;
        }, cancellationToken);

    private static async Task<Results<Ok<CallBackItem>, ProblemHttpResult>> ChangeAsync(
        Guid id, HttpContext http, WorkflowsDbContext db, TimeProvider time, string act, Func<ContactEntity, CurrentUser, DateTimeOffset, ProblemHttpResult?> change, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var user = CurrentUser.From(http);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var contact = await db.HotlineContacts.FromSql($"SELECT * FROM astra.hotline_contacts WHERE id = {id} FOR UPDATE").FirstOrDefaultAsync(cancellationToken);
        if (contact is null)
        {
            return ApiProblems.NotFound("Contact", id);
        }

        if (contact.Outcome != ContactVocabulary.CallBack || contact.CallBackDueAt is null || contact.CallBackDoneAt is not null)
        {
            return ApiProblems.Conflict("This contact has no open call-back.");
        }

        if (change(contact, user, now) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(AuditActions.ContactCallBack, "contact", contact.Id.ToString("D"), contact.CaseId, null, AuditOutcomes.Ok, act), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var due = contact.CallBackDueAt.Value;
        return TypedResults.Ok(new CallBackItem(contact.Id, contact.Code, contact.OccurredAt, due, due < now, contact.CallBackClaimedBy, contact.CallBackClaimedAt, contact.CallerType, contact.Topics, contact.CallerIndex is not null));
    }

    private static IQueryable<ContactEntity> Open(WorkflowsDbContext db) =>
        db.HotlineContacts.Where(c => c.Outcome == ContactVocabulary.CallBack && c.CallBackDoneAt == null && c.CallBackDueAt != null);
}
