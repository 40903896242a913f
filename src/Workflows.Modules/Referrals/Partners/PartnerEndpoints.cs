using System.Net.Mail;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Referrals.Catalogue;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Partners;

/// <summary>The partner directory: everyone reads it; Coordinators and Admins add and change partners (never delete them).</summary>
internal static class PartnerEndpoints
{
    private static readonly string[] Editors = [Roles.Admin, Roles.Coordinator];

    public static RouteGroupBuilder MapPartners(this RouteGroupBuilder api)
    {
        api.MapGet("/partners", ListAsync).WithTags("Referrals").WithName("ListPartners")
            .WithSummary("List partners")
            .WithDescription("The partner directory, filtered by kind, city, service or active flag.");
        api.MapGet("/partners/{id:guid}", GetAsync).WithTags("Referrals").WithName("GetPartner")
            .WithSummary("Get a partner").WithDescription("One partner organisation.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/partners", CreateAsync).RequireAuthorization(p => p.RequireRole(Editors))
            .WithTags("Referrals").WithName("CreatePartner")
            .WithSummary("Add a partner").WithDescription("Adds a partner organisation. Coordinators and Admins.");
        api.MapPut("/partners/{id:guid}", UpdateAsync).RequireAuthorization(p => p.RequireRole(Editors))
            .WithTags("Referrals").WithName("UpdatePartner")
            .WithSummary("Change a partner").WithDescription("Changes a partner; set active to false to retire it. Partners are never deleted: referrals name them.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<List<PartnerResponse>>> ListAsync(
        string? kind, string? city, string? service, bool? active, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Partners.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(kind))
        {
            query = query.Where(p => p.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(city))
        {
            var pattern = city.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
            query = query.Where(p => EF.Functions.ILike(p.City, pattern));
        }

        if (!string.IsNullOrWhiteSpace(service))
        {
            query = query.Where(p => p.Services.Contains(service));
        }

        if (active is { } isActive)
        {
            query = query.Where(p => p.Active == isActive);
        }

        var partners = await query.OrderBy(p => p.City).ThenBy(p => p.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(partners.Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<PartnerResponse>, ProblemHttpResult>> GetAsync(Guid id, WorkflowsDbContext db, CancellationToken cancellationToken) =>
        await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } partner
            ? TypedResults.Ok(ToResponse(partner))
            : ApiProblems.NotFound("Partner", id);

    private static async Task<Results<Created<PartnerResponse>, ValidationProblem>> CreateAsync(
        PartnerRequest request, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(request, db, time, cancellationToken);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var now = time.GetUtcNow();
        var partner = new PartnerEntity { Id = Guid.CreateVersion7(now), CreatedAt = now };
        Apply(partner, request, now);
        db.Partners.Add(partner);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/partners/{partner.Id}", ToResponse(partner));
    }

    private static async Task<Results<Ok<PartnerResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, PartnerRequest request, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(request, db, time, cancellationToken);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null)
        {
            return ApiProblems.NotFound("Partner", id);
        }

        Apply(partner, request, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToResponse(partner));
    }

    private static void Apply(PartnerEntity partner, PartnerRequest request, DateTimeOffset now)
    {
        partner.Name = request.Name!.Trim();
        partner.Kind = request.Kind!;
        partner.City = request.City!.Trim();
        partner.Services = [.. request.Services!.Distinct(StringComparer.Ordinal)];
        partner.Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim();
        partner.Phone = string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone.Trim();
        partner.Languages = [.. (request.Languages ?? []).Select(l => l.Trim()).Distinct(StringComparer.Ordinal)];
        partner.AnswersOnline = request.AnswersOnline ?? false;
        partner.Active = request.Active ?? true;
        partner.UpdatedAt = now;
    }

    private static async Task<Dictionary<string, string[]>> ValidateAsync(PartnerRequest request, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            errors["name"] = ["A name of at most 200 characters is required."];
        }

        if (request.Kind is null || !PartnerKinds.All.Contains(request.Kind))
        {
            errors["kind"] = [$"Use one of: {string.Join(", ", PartnerKinds.All)}."];
        }

        if (string.IsNullOrWhiteSpace(request.City) || request.City.Length > 100)
        {
            errors["city"] = ["A city of at most 100 characters is required."];
        }

        if (request.Services is null || request.Services.Count is 0 or > 50)
        {
            errors["services"] = ["One to 50 service keys from the catalogue."];
        }
        else
        {
            await ServiceCatalogue.EnsureAsync(db, time, cancellationToken);
            var keys = request.Services.ToList();
            var known = await db.ServiceTypes.Where(s => keys.Contains(s.Key)).Select(s => s.Key).ToListAsync(cancellationToken);
            if (keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
            {
                errors["services"] = [$"Service '{unknown}' is not in the catalogue."];
            }
        }

        if (!string.IsNullOrWhiteSpace(request.Email) && (request.Email.Length > 254 || !MailAddress.TryCreate(request.Email.Trim(), out _)))
        {
            errors["email"] = ["Not an e-mail address."];
        }

        if (request.Phone is { Length: > 50 })
        {
            errors["phone"] = ["At most 50 characters."];
        }

        if (request.Languages is { } languages && (languages.Count > 10 || languages.Any(l => string.IsNullOrWhiteSpace(l) || l.Length > 20)))
        {
            errors["languages"] = ["At most 10 language tags of at most 20 characters."];
        }

        if (request.AnswersOnline == true && string.IsNullOrWhiteSpace(request.Email))
        {
            errors["email"] = ["A partner that answers online needs an e-mail address for the referral link."];
        }

        return errors;
    }

    public static PartnerResponse ToResponse(PartnerEntity p) =>
        new(p.Id, p.Name, p.Kind, p.City, p.Services, p.Email, p.Phone, p.Languages, p.AnswersOnline, p.Active, p.Demo);
}
