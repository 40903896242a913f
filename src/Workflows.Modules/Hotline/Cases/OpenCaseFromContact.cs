using System.Text.Json;
using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Definitions.Contracts;
using Astra.Workflows.Modules.Hotline.Contacts;
using Astra.Workflows.Modules.Hotline.Storage;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Hotline.Cases;

/// <summary>
/// Opens a case from a contact and starts the triage with the screening answered from it. Two commits: the case,
/// its links and a reserved instance id first; then the triage's own burst under that id. A failure between them
/// leaves a case whose contact says "triage not started", and the same request again finishes it (ADR 0033).
/// </summary>
internal static class OpenCaseFromContact
{
    public const string TriageDefinition = "hotline-triage";

    public static RouteGroupBuilder MapOpenCaseFromContact(this RouteGroupBuilder contacts)
    {
        contacts.MapPost("/{id:guid}/open-case", HandleAsync).WithName("OpenCaseFromContact")
            .RequireAuthorization(p => p.RequireRole(ContactRules.Loggers))
            .WithSummary("Open a case from a contact")
            .WithDescription("Opens a case (the caller joins its team), links the contact and the caller's earlier contacts without a case, and starts `hotline-triage` with the screening answered from the contact: imminent danger or a minor goes straight to the one-hour emergency task. `priority` (high|medium|low, default medium) sets how soon a case manager is assigned when trafficking is suspected. Repeating the request after a failure finishes the same opening; a contact whose triage runs is 409.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return contacts;
    }

    private static async Task<Results<Created<OpenCaseResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, OpenCaseRequest? request, HttpContext http, WorkflowsDbContext db, IWorkflowStarter starter, TimeProvider time, CancellationToken cancellationToken)
    {
        var priority = request?.Priority ?? "medium";
        if (!ContactVocabulary.Priorities.Contains(priority, StringComparer.Ordinal))
        {
            return ApiProblems.Invalid("priority", $"Unknown value. Use one of: {string.Join(", ", ContactVocabulary.Priorities)}.");
        }

        var user = CurrentUser.From(http);
        var opened = await OpenOrResumeAsync(id, user, http, db, time, cancellationToken);
        if (opened.Problem is { } problem)
        {
            return problem;
        }

        var contact = opened.Contact!;
        var screening = JsonSerializer.SerializeToElement(
            new
            {
                screening = new
                {
                    imminentDanger = contact.ImminentDanger,
                    minor = contact.MinorInvolved == "yes",
                    traffickingIndicators = contact.Topics.Contains("traffickingIndicators") || contact.Exploitation.Count > 0,
                    foreignNational = request?.ForeignNational ?? false,
                    priority,
                    contactCode = contact.Code,
                },
            },
            JsonSerializerOptions.Web);
        var start = await starter.StartAsync(TriageDefinition, contact.CaseId!.Value, screening, user.Actor, contact.TriageInstanceId!.Value, cancellationToken);
        switch (start.Outcome)
        {
            case WorkflowStartOutcome.NotPublished:
                return ApiProblems.Conflict($"The case {opened.CaseCode} is open but '{TriageDefinition}' is not published; publish it and repeat this request to start the triage.");
            case WorkflowStartOutcome.InputRefused:
                return ApiProblems.Conflict($"The case {opened.CaseCode} is open but '{TriageDefinition}' refused the screening: {string.Join("; ", start.Problems)}");
        }

        contact.TriageStartedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/cases/{contact.CaseId}", new OpenCaseResponse(contact.CaseId.Value, opened.CaseCode!, start.InstanceId, opened.Linked));
    }

    private sealed record Opened(ContactEntity? Contact, string? CaseCode, IReadOnlyList<string> Linked, ProblemHttpResult? Problem);

    private static async Task<Opened> OpenOrResumeAsync(Guid id, CurrentUser user, HttpContext http, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Row lock: two operators pressing "open case" at once open one case.
        var contact = await db.HotlineContacts.FromSql($"SELECT * FROM astra.hotline_contacts WHERE id = {id} FOR UPDATE").FirstOrDefaultAsync(cancellationToken);
        if (contact is null)
        {
            return new Opened(null, null, [], ApiProblems.NotFound("Contact", id));
        }

        if (contact.TriageStartedAt is not null || (contact.CaseId is not null && contact.TriageInstanceId is null))
        {
            var code = await CaseLookup.CodeForSystemAsync(db, contact.CaseId!.Value, cancellationToken);
            return new Opened(null, null, [], ApiProblems.Of(StatusCodes.Status409Conflict, "Conflict", $"The contact is already linked to case {code}.",
                new Dictionary<string, object?> { ["caseId"] = contact.CaseId, ["caseCode"] = code }));
        }

        if (contact.CaseId is { } existing)
        {
            // An earlier opening committed the case but not the triage: finish it.
            var earlierCode = await CaseLookup.CodeForSystemAsync(db, existing, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Opened(contact, earlierCode, [], null);
        }

        var now = time.GetUtcNow();
        var opened = await CaseOpening.OpenAsync(db, Guid.CreateVersion7(now), user.KnownId, time, cancellationToken);
        db.HotlineContactRevisions.Add(ContactFields.Snapshot(contact, now, user.KnownId, "case opened", callerChanged: false));
        contact.CaseId = opened.Id;
        contact.TriageInstanceId = Guid.CreateVersion7(now);
        contact.Outcome = ContactVocabulary.CaseOpened;
        contact.CallBackDueAt = null;
        contact.CallBackClaimedBy = null;
        contact.CallBackClaimedAt = null;
        contact.Revision++;
        contact.UpdatedAt = now;
        contact.UpdatedBy = user.KnownId;
        await db.SaveChangesAsync(cancellationToken);

        var linked = new List<string>();
        if (contact.CallerIndex is { } caller)
        {
            var earlier = db.HotlineContacts.Where(c => c.CallerIndex == caller && c.CaseId == null && c.Id != contact.Id);
            linked = await earlier.OrderBy(c => c.OccurredAt).Select(c => c.Code).ToListAsync(cancellationToken);
            await earlier.ExecuteUpdateAsync(s => s.SetProperty(c => c.CaseId, opened.Id), cancellationToken);
        }

        await db.AuditAsync(http, time, new AuditedAct(AuditActions.CaseCreate, "case", opened.Id.ToString("D"), opened.Id, opened.Code, AuditOutcomes.Ok, $"from contact {contact.Code}"), cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(AuditActions.ContactOpenCase, "contact", contact.Id.ToString("D"), opened.Id, opened.Code, AuditOutcomes.Ok, linked.Count > 0 ? $"{linked.Count} earlier contacts linked" : null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Opened(contact, opened.Code, [contact.Code, .. linked], null);
    }
}
