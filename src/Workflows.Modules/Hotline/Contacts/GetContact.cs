using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Hotline.Callers;
using Astra.Workflows.Modules.Hotline.Storage;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Hotline.Contacts;

internal static class GetContact
{
    public static RouteGroupBuilder MapGetContact(this RouteGroupBuilder contacts)
    {
        contacts.MapGet("/{id:guid}", HandleAsync).WithName("GetContact")
            .RequireAuthorization(p => p.RequireRole(ContactRules.Readers))
            .WithSummary("Read a hotline contact")
            .WithDescription("One contact with its repeat-caller panel and correction history. The note is shown to its author, coordinators and the team of the case the contact is linked to; every read is audited.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return contacts;
    }

    private static async Task<Results<Ok<ContactResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, HttpContext http, WorkflowsDbContext db, MasterKey key, TimeProvider time, CancellationToken cancellationToken)
    {
        var contact = await db.HotlineContacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return ApiProblems.NotFound("Contact", id);
        }

        var user = CurrentUser.From(http);
        var noteVisible = await ContactRules.MayReadNoteAsync(db, user, contact, cancellationToken);
        var response = await ViewAsync(db, contact, user, noteVisible ? ContactNotes.Open(contact, key) : null, noteVisible, time.GetUtcNow(), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(AuditActions.ContactRead, "contact", contact.Id.ToString("D"), contact.CaseId, response.CaseCode, AuditOutcomes.Ok,
            noteVisible && contact.NoteCiphertext is not null ? "note shown" : null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(response);
    }

    public static async Task<ContactResponse> ViewAsync(
        WorkflowsDbContext db, ContactEntity contact, CurrentUser user, string? note, bool noteVisible, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var caseCode = contact.CaseId is { } caseId ? await CaseLookup.CodeForSystemAsync(db, caseId, cancellationToken) : null;
        var repeat = await RepeatCallers.FindAsync(db, contact.CallerIndex, contact.Id, cancellationToken);
        var revisions = await db.HotlineContactRevisions.AsNoTracking().Where(r => r.ContactId == contact.Id).OrderBy(r => r.Revision).ToListAsync(cancellationToken);
        var history = revisions.Select((r, i) => new ContactRevisionView(
                r.Revision, r.ChangedAt, r.ChangedBy, r.Reason, r.CallerChanged,
                !SameNote(r.NoteCiphertext, i + 1 < revisions.Count ? revisions[i + 1].NoteCiphertext : contact.NoteCiphertext)))
            .ToList();
        return new ContactResponse(
            contact.Id, contact.Code, contact.OccurredAt, contact.RecordedAt, contact.RecordedBy, contact.Channel, contact.Direction, contact.CallerType,
            contact.Language, contact.Topics, contact.Exploitation, contact.Countries, contact.MinorInvolved, contact.ImminentDanger, contact.DurationMinutes,
            contact.Outcome, contact.CallerIndex is not null, contact.NoteCiphertext is not null, note, noteVisible, contact.CaseId, caseCode,
            contact.TriageStartedAt is not null,
            contact.CallBackDueAt is { } due ? new CallBackView(due, contact.CallBackClaimedBy, contact.CallBackClaimedAt, contact.CallBackDoneAt, contact.CallBackDoneBy) : null,
            contact.Revision, ContactRules.MayCorrect(user, contact, now), repeat, history);
    }

    private static bool SameNote(byte[]? a, byte[]? b) => a is null ? b is null : b is not null && a.AsSpan().SequenceEqual(b);
}
