using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Referrals.Catalogue;
using Astra.Workflows.Modules.Referrals.Referrals;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Services;

/// <summary>
/// Services delivered per case: recorded, corrected by appending (never overwritten), listed with their notes opened.
/// Need-to-know like other case data; every read and write audited.
/// </summary>
internal static class ServiceEndpoints
{
    public static RouteGroupBuilder MapServices(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}/services", ListAsync).WithTags("Referrals").WithName("ListCaseServices")
            .WithSummary("List services delivered")
            .WithDescription("The services the client received, current records only unless history=true (corrections and what they replaced).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/cases/{caseId:guid}/services", RecordAsync).RequireAuthorization(p => p.RequireRole(SendReferral.Writers))
            .WithTags("Referrals").WithName("RecordService")
            .WithSummary("Record a service delivered")
            .WithDescription("Records a service the client received: which, when, by ASTRA or a partner, the funding project, and an optional note kept encrypted.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/services-delivered/{id:guid}/correct", CorrectAsync).RequireAuthorization(p => p.RequireRole(SendReferral.Writers))
            .WithTags("Referrals").WithName("CorrectService")
            .WithSummary("Correct a service delivered")
            .WithDescription("Appends a corrected record that replaces the given one (or voids it); the original stays in the history. 409 when it was already corrected.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<List<ServiceDeliveredResponse>>, ProblemHttpResult>> ListAsync(
        Guid caseId, bool? history, HttpContext http, WorkflowsDbContext db, MasterKey key, CancellationToken cancellationToken)
    {
        var @case = await CaseLookup.FindAsync(db, caseId, cancellationToken);
        if (@case is null)
        {
            return ApiProblems.NotFound("Case", caseId);
        }

        var rows = await db.ServicesDelivered.AsNoTracking().Where(s => s.CaseId == caseId)
            .OrderByDescending(s => s.DeliveredOn).ThenByDescending(s => s.RecordedAt).ToListAsync(cancellationToken);
        var superseded = rows.Where(r => r.Supersedes is not null).Select(r => r.Supersedes!.Value).ToHashSet();
        var shown = rows.Where(r => history == true || (!superseded.Contains(r.Id) && !r.Voided)).ToList();
        var partnerIds = shown.Where(r => r.PartnerId is not null).Select(r => r.PartnerId!.Value).Distinct().ToList();
        var partners = await db.Partners.AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var list = shown.Select(r => Response(r, r.PartnerId is { } p ? partners.GetValueOrDefault(p) : null, ServiceNotes.Open(r, key), !superseded.Contains(r.Id))).ToList();
        await http.RecordAsync(ReferralAudit.ServiceList, "service_delivered", null, caseId, @case.Code);
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Created<ServiceDeliveredResponse>, ValidationProblem, ProblemHttpResult>> RecordAsync(
        Guid caseId, RecordServiceRequest request, HttpContext http, WorkflowsDbContext db, MasterKey key, TimeProvider time, CancellationToken cancellationToken)
    {
        var @case = await CaseLookup.FindAsync(db, caseId, cancellationToken);
        if (@case is null)
        {
            return ApiProblems.NotFound("Case", caseId);
        }

        var fields = new Fields(request.ServiceKey, request.DeliveredOn, request.PartnerId, request.FundingProjectKey, request.Note);
        var errors = await ValidateAsync(db, time, fields, cancellationToken);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        return await WriteAsync(http, db, key, time, caseId, @case.Code, fields, null, false, cancellationToken);
    }

    private static async Task<Results<Created<ServiceDeliveredResponse>, ValidationProblem, ProblemHttpResult>> CorrectAsync(
        Guid id, CorrectServiceRequest request, HttpContext http, WorkflowsDbContext db, MasterKey key, TimeProvider time, CancellationToken cancellationToken)
    {
        var original = await db.ServicesDelivered.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (original is null)
        {
            return ApiProblems.NotFound("Service delivered", id);
        }

        var fields = new Fields(request.ServiceKey, request.DeliveredOn, request.PartnerId, request.FundingProjectKey, request.Note);
        var errors = await ValidateAsync(db, time, fields, cancellationToken);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        if (await db.ServicesDelivered.AnyAsync(s => s.Supersedes == id, cancellationToken))
        {
            return ApiProblems.Conflict("This record was already corrected; correct the newest one.");
        }

        var code = await CaseLookup.FindAsync(db, original.CaseId, cancellationToken);
        return await WriteAsync(http, db, key, time, original.CaseId, code!.Code, fields, id, request.Voided ?? false, cancellationToken);
    }

    private static async Task<Results<Created<ServiceDeliveredResponse>, ValidationProblem, ProblemHttpResult>> WriteAsync(
        HttpContext http, WorkflowsDbContext db, MasterKey key, TimeProvider time, Guid caseId, string caseCode, Fields fields, Guid? supersedes, bool voided, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var row = new ServiceDeliveredEntity
        {
            Id = Guid.CreateVersion7(now),
            CaseId = caseId,
            ServiceKey = fields.ServiceKey!,
            DeliveredOn = fields.DeliveredOn!.Value,
            PartnerId = fields.PartnerId,
            FundingProjectKey = string.IsNullOrWhiteSpace(fields.FundingProjectKey) ? null : fields.FundingProjectKey,
            Supersedes = supersedes,
            Voided = voided,
            RecordedBy = CurrentUser.From(http).KnownId,
            RecordedAt = now,
        };
        ServiceNotes.Seal(row, string.IsNullOrWhiteSpace(fields.Note) ? null : fields.Note.Trim(), key);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ServicesDelivered.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return ApiProblems.Conflict("This record was already corrected; correct the newest one.");
        }

        await db.AuditAsync(http, time, new AuditedAct(ReferralAudit.ServiceRecord, "service_delivered", row.Id.ToString("D"), caseId, caseCode, AuditOutcomes.Ok,
            supersedes is null ? null : $"corrects {supersedes:D}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var partner = row.PartnerId is { } p ? await db.Partners.AsNoTracking().Where(x => x.Id == p).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken) : null;
        return TypedResults.Created($"/api/cases/{caseId}/services", Response(row, partner, ServiceNotes.Open(row, key), true));
    }

    private sealed record Fields(string? ServiceKey, DateOnly? DeliveredOn, Guid? PartnerId, string? FundingProjectKey, string? Note);

    private static async Task<Dictionary<string, string[]>> ValidateAsync(WorkflowsDbContext db, TimeProvider time, Fields fields, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        await ServiceCatalogue.EnsureAsync(db, time, cancellationToken);
        if (fields.ServiceKey is null || !await db.ServiceTypes.AnyAsync(s => s.Key == fields.ServiceKey && s.Active, cancellationToken))
        {
            errors["serviceKey"] = ["An active service of the catalogue is required."];
        }

        if (fields.DeliveredOn is not { } on || on > OrganisationTime.Today(time))
        {
            errors["deliveredOn"] = ["When the service was delivered is required and cannot be in the future."];
        }

        if (fields.PartnerId is { } partnerId && !await db.Partners.AnyAsync(p => p.Id == partnerId, cancellationToken))
        {
            errors["partnerId"] = [$"Partner {partnerId} does not exist."];
        }

        if (!string.IsNullOrWhiteSpace(fields.FundingProjectKey) && !await db.FundingProjects.AnyAsync(f => f.Key == fields.FundingProjectKey && f.Active, cancellationToken))
        {
            errors["fundingProjectKey"] = ["Not an active funding project."];
        }

        if (fields.Note is { Length: > 1000 })
        {
            errors["note"] = ["At most 1000 characters."];
        }

        return errors;
    }

    private static ServiceDeliveredResponse Response(ServiceDeliveredEntity r, string? partnerName, string? note, bool current) =>
        new(r.Id, r.CaseId, r.ServiceKey, r.DeliveredOn, r.PartnerId, partnerName, r.FundingProjectKey, r.ReferralId, r.Supersedes, r.Voided, note, r.RecordedBy, r.RecordedAt, current);
}
