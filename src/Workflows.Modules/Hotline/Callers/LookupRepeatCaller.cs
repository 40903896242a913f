using Astra.Workflows.Modules.Hotline.Contacts;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Hotline.Callers;

/// <summary>
/// The repeat-caller panel while the number is typed. A POST, so the number travels in the body and never in a
/// URL, an access log or a proxy's log. A number that is not (yet) a possible phone number answers "no earlier
/// contacts" rather than 400: the form asks on every pause in typing.
/// </summary>
internal static class LookupRepeatCaller
{
    public static RouteGroupBuilder MapLookupRepeatCaller(this RouteGroupBuilder contacts)
    {
        contacts.MapPost("/repeat-caller", HandleAsync).WithName("LookupRepeatCaller")
            .RequireAuthorization(p => p.RequireRole(ContactRules.Loggers))
            .WithSummary("Earlier contacts of a caller")
            .WithDescription("The earlier contacts of the number in the body: how many, first and last, their outcomes and the codes of linked cases; never the number. An incomplete number answers no earlier contacts. Lookups that find a caller are audited.");
        return contacts;
    }

    private static async Task<Ok<RepeatCallerResponse>> HandleAsync(
        RepeatCallerRequest request, HttpContext http, WorkflowsDbContext db, MasterKey key, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!CallerNumbers.TryIndex(request.CallerNumber, key, out var index))
        {
            return TypedResults.Ok(RepeatCallers.None);
        }

        var found = await RepeatCallers.FindAsync(db, index, null, cancellationToken);
        if (found.PreviousContacts > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.AuditAsync(http, time, new AuditedAct(AuditActions.ContactRepeatLookup, "caller", null, null, null, AuditOutcomes.Ok, $"{found.PreviousContacts} earlier contacts"), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return TypedResults.Ok(found);
    }
}
