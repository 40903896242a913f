using Astra.Workflows.Modules.Hotline.Storage;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Hotline.Contacts;

/// <summary>
/// A correction replaces the coded fields and keeps the previous version as a revision row (nothing is lost); the
/// author may correct within 24 hours, a coordinator at any time, and each correction is audited.
/// </summary>
internal static class CorrectContact
{
    public static RouteGroupBuilder MapCorrectContact(this RouteGroupBuilder contacts)
    {
        contacts.MapPut("/{id:guid}", HandleAsync).WithName("CorrectContact")
            .RequireAuthorization(p => p.RequireRole(ContactRules.Loggers))
            .WithSummary("Correct a hotline contact")
            .WithDescription("Replaces the contact's coded fields; the previous version is kept in its history. The author may correct within 24 hours of logging it, a coordinator at any time (others 403). `revision` must be the one read (409 otherwise). An absent `callerNumber` or `note` keeps the stored one; an empty string removes it.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return contacts;
    }

    private static async Task<Results<Ok<ContactResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, ContactRequest request, HttpContext http, WorkflowsDbContext db, MasterKey key, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (request.Revision is null)
        {
            return ApiProblems.Invalid("revision", "The revision read before correcting is required.");
        }

        var contact = await db.HotlineContacts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return ApiProblems.NotFound("Contact", id);
        }

        var (valid, errors) = ContactValidation.Validate(request, key, now, caseOpened: contact.Outcome == ContactVocabulary.CaseOpened);
        if (valid is null)
        {
            return ApiProblems.Invalid(errors);
        }

        var user = CurrentUser.From(http);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!ContactRules.MayCorrect(user, contact, now))
        {
            await db.AuditAsync(http, time, new AuditedAct(AuditActions.ContactCorrect, "contact", contact.Id.ToString("D"), contact.CaseId, null, AuditDeniedHandler.Forbidden, "after 24 h or not the author"), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return ApiProblems.Forbidden("Only the author within 24 hours, or a coordinator, may correct a contact.");
        }

        if (request.Revision != contact.Revision)
        {
            return ApiProblems.Conflict($"The contact was corrected since revision {request.Revision}; it is at revision {contact.Revision}. Read it again.");
        }

        var callerChanged = valid.CallerGiven && valid.CallerIndex != contact.CallerIndex;
        db.HotlineContactRevisions.Add(ContactFields.Snapshot(contact, now, user.KnownId, request.Reason?.Trim(), callerChanged));
        ContactFields.Apply(contact, valid, key, now);
        contact.Revision++;
        contact.UpdatedAt = now;
        contact.UpdatedBy = user.KnownId;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiProblems.Conflict("The contact was corrected at the same time by someone else. Read it again.");
        }

        await db.AuditAsync(http, time, new AuditedAct(AuditActions.ContactCorrect, "contact", contact.Id.ToString("D"), contact.CaseId, null, AuditOutcomes.Ok, $"revision {contact.Revision}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var noteVisible = await ContactRules.MayReadNoteAsync(db, user, contact, cancellationToken);
        return TypedResults.Ok(await GetContact.ViewAsync(db, contact, user, noteVisible ? ContactNotes.Open(contact, key) : null, noteVisible, now, cancellationToken));
    }
}
