using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Catalogue;

/// <summary>
/// The service catalogue and the funding projects: everyone reads them, Admins add and deactivate entries. There is no
/// delete: services delivered and referrals name the keys, so a key once written stays (deactivated, it is only not offered).
/// </summary>
internal static class CatalogueEndpoints
{
    public static RouteGroupBuilder MapCatalogue(this RouteGroupBuilder api)
    {
        api.MapGet("/service-types", ListServicesAsync).WithTags("Referrals").WithName("ListServiceTypes")
            .WithSummary("List the service catalogue")
            .WithDescription("The services ASTRA provides or refers to, with stable keys and labels in English, Serbian Latin and Cyrillic; inactive ones too.");
        api.MapPut("/service-types/{key}", PutServiceAsync).RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithTags("Referrals").WithName("PutServiceType")
            .WithSummary("Add or change a service")
            .WithDescription("Adds a service to the catalogue or changes its labels or active flag. Admins only; services are never deleted.");
        api.MapGet("/funding-projects", ListProjectsAsync).WithTags("Referrals").WithName("ListFundingProjects")
            .WithSummary("List funding projects")
            .WithDescription("Donor projects a delivered service can be booked to; inactive ones too.");
        api.MapPut("/funding-projects/{key}", PutProjectAsync).RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithTags("Referrals").WithName("PutFundingProject")
            .WithSummary("Add or change a funding project")
            .WithDescription("Adds a funding project or changes its name or active flag. Admins only; projects are never deleted.");
        return api;
    }

    private static async Task<Ok<List<ServiceTypeResponse>>> ListServicesAsync(WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        await ServiceCatalogue.EnsureAsync(db, time, cancellationToken);
        var list = await db.ServiceTypes.AsNoTracking().OrderBy(s => s.Key)
            .Select(s => new ServiceTypeResponse(s.Key, s.LabelEn, s.LabelSrLatn, s.LabelSrCyrl, s.Active)).ToListAsync(cancellationToken);
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<ServiceTypeResponse>, ValidationProblem>> PutServiceAsync(
        string key, PutServiceTypeRequest request, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        CheckKey(key, errors);
        CheckLabel(request.LabelEn, "labelEn", errors);
        CheckLabel(request.LabelSrLatn, "labelSrLatn", errors);
        CheckLabel(request.LabelSrCyrl, "labelSrCyrl", errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        await ServiceCatalogue.EnsureAsync(db, time, cancellationToken);
        var service = await db.ServiceTypes.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (service is null)
        {
            service = new ServiceTypeEntity { Key = key, CreatedAt = time.GetUtcNow() };
            db.ServiceTypes.Add(service);
        }

        service.LabelEn = request.LabelEn!.Trim();
        service.LabelSrLatn = request.LabelSrLatn!.Trim();
        service.LabelSrCyrl = request.LabelSrCyrl!.Trim();
        service.Active = request.Active ?? true;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new ServiceTypeResponse(service.Key, service.LabelEn, service.LabelSrLatn, service.LabelSrCyrl, service.Active));
    }

    private static async Task<Ok<List<FundingProjectResponse>>> ListProjectsAsync(WorkflowsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.FundingProjects.AsNoTracking().OrderBy(f => f.Key)
            .Select(f => new FundingProjectResponse(f.Key, f.Name, f.Active)).ToListAsync(cancellationToken));

    private static async Task<Results<Ok<FundingProjectResponse>, ValidationProblem>> PutProjectAsync(
        string key, PutFundingProjectRequest request, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        CheckKey(key, errors);
        CheckLabel(request.Name, "name", errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var project = await db.FundingProjects.FirstOrDefaultAsync(f => f.Key == key, cancellationToken);
        if (project is null)
        {
            project = new FundingProjectEntity { Key = key, CreatedAt = time.GetUtcNow() };
            db.FundingProjects.Add(project);
        }

        project.Name = request.Name!.Trim();
        project.Active = request.Active ?? true;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new FundingProjectResponse(project.Key, project.Name, project.Active));
    }

    private static void CheckKey(string key, Dictionary<string, string[]> errors)
    {
        if (key.Length is 0 or > 64 || !key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            errors["key"] = ["Lower-case letters, digits and hyphens, at most 64."];
        }
    }

    private static void CheckLabel(string? label, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(label) || label.Length > 200)
        {
            errors[field] = ["Required, at most 200 characters."];
        }
    }
}
