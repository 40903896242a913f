using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Astra.Workflows.Modules.Reports.Profile;

/// <summary>
/// <c>GET/PUT /api/cases/{id}/profile</c>: the coded profile reports count. Through the request's context, so a case
/// outside the caller's teams is 404 (need-to-know); both reading and changing it are audited.
/// </summary>
internal static class ProfileEndpoints
{
    /// <summary>Who may change a profile: the case team's working roles and coordinators (the Director oversees, reporting only reads aggregates).</summary>
    public static readonly string[] Editors = [Roles.Admin, Roles.Coordinator, Roles.CaseManager, Roles.Lawyer];

    public static RouteGroupBuilder MapProfileEndpoints(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");
        cases.MapGet("/{id:guid}/profile", GetAsync).WithName("GetCaseProfile")
            .WithSummary("Read a case's coded profile")
            .WithDescription("The coded profile (no identity): sex, age group, citizenship, forms of exploitation, place, identification and source of referral. A case without one answers its defaults (unknown, potential). A case the caller may not see is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapPut("/{id:guid}/profile", PutAsync).WithName("PutCaseProfile")
            .RequireAuthorization(p => p.RequireRole(Editors))
            .WithSummary("Replace a case's coded profile")
            .WithDescription("Replaces the coded profile. An unknown code is a 400 naming the field, and nothing changes.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<CaseProfileDto>, ProblemHttpResult>> GetAsync(
        Guid id, WorkflowsDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var @case = await CaseLookup.FindAsync(db, id, cancellationToken);
        if (@case is null)
        {
            return ApiProblems.NotFound("Case", id);
        }

        var row = await db.CaseProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == id, cancellationToken) ?? new CaseProfileEntity();
        await db.RecordReadAsync(http, time, ReportAuditActions.ProfileRead, "case_profile", id, id, @case.Code, cancellationToken);
        return TypedResults.Ok(ProfileRules.ToDto(row));
    }

    private static async Task<Results<Ok<CaseProfileDto>, ValidationProblem, ProblemHttpResult>> PutAsync(
        Guid id, CaseProfileDto request, WorkflowsDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var @case = await CaseLookup.FindAsync(db, id, cancellationToken);
        if (@case is null)
        {
            return ApiProblems.NotFound("Case", id);
        }

        var errors = ProfileRules.Validate(request, partial: false);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var openedAt = await CaseFacts.Query(db).Where(c => c.Id == id).Select(c => c.OpenedAt).FirstAsync(cancellationToken);
        var row = await db.CaseProfiles.FirstOrDefaultAsync(p => p.CaseId == id, cancellationToken);
        if (row is null)
        {
            row = new CaseProfileEntity { CaseId = id, CaseOpenedOn = DateOnly.FromDateTime(OrganisationTime.ToLocal(openedAt).DateTime) };
            db.CaseProfiles.Add(row);
        }

        ProfileRules.Apply(row, request, partial: false);
        row.UpdatedAt = time.GetUtcNow();
        row.UpdatedBy = CurrentUser.From(http).Actor;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return ApiProblems.Conflict("The profile was created by someone else at the same time; read it and try again.");
        }

        await http.RecordAsync(ReportAuditActions.ProfileSet, "case_profile", id, id, @case.Code);
        return TypedResults.Ok(ProfileRules.ToDto(row));
    }
}
