using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Hotline.Callers;
using Astra.Workflows.Modules.Hotline.Storage;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Hotline.Contacts;

internal static class LogContact
{
    public static RouteGroupBuilder MapLogContact(this RouteGroupBuilder contacts)
    {
        contacts.MapPost("/", HandleAsync).WithName("LogContact")
            .RequireAuthorization(p => p.RequireRole(ContactRules.Loggers))
            .WithSummary("Log a hotline contact")
            .WithDescription("Logs one contact with coded fields; absent fields take the defaults of a quick incoming phone call. `callerNumber` is normalised (E.164; Serbian local forms are the same number) and kept only as a keyed blind index; the answer names the caller's earlier contacts, never the number. `note` is stored encrypted.");
        return contacts;
    }

    private static async Task<Results<Created<LogContactResponse>, ValidationProblem>> HandleAsync(
        ContactRequest request, HttpContext http, WorkflowsDbContext db, MasterKey key, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (valid, errors) = ContactValidation.Validate(request, key, now);
        if (valid is null)
        {
            return ApiProblems.Invalid(errors);
        }

        if (request.Reason is not null || request.Revision is not null)
        {
            return ApiProblems.Invalid(request.Reason is not null ? "reason" : "revision", "Only a correction (PUT) has a reason and a revision.");
        }

        var user = CurrentUser.From(http);
        // Before the transaction, so the year's code counter row is not held while the caller's history is read;
        // it counts the earlier contacts only.
        var callerIndex = valid.CallerGiven ? valid.CallerIndex : null;
        var repeat = await RepeatCallers.FindAsync(db, callerIndex, null, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var contact = new ContactEntity
        {
            Id = Guid.CreateVersion7(now),
            Code = await ContactCodes.NextAsync(db, OrganisationTime.Today(time).Year, cancellationToken),
            RecordedAt = now,
            RecordedBy = user.KnownId,
            Revision = 1,
        };
        ContactFields.Apply(contact, valid, key, now);
        db.HotlineContacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(AuditActions.ContactCreate, "contact", contact.Id.ToString("D"), null, null, AuditOutcomes.Ok), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/contacts/{contact.Id}", new LogContactResponse(contact.Id, contact.Code, repeat));
    }
}
