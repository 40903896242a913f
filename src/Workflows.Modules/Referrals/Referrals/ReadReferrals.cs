using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Referrals;

/// <summary>Referral reads: need-to-know like other case data (the context's filter; 404 outside the team), each audited.</summary>
internal static class ReadReferrals
{
    public static RouteGroupBuilder MapReadReferrals(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{caseId:guid}/referrals", ListAsync).WithTags("Referrals").WithName("ListCaseReferrals")
            .WithSummary("List a case's referrals")
            .WithDescription("Outgoing and incoming referrals of the case, newest first, with status and respond-by time.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/referrals/{id:guid}", GetAsync).WithTags("Referrals").WithName("GetReferral")
            .WithSummary("Get a referral").WithDescription("One referral with its answer and completion.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<List<ReferralResponse>>, ProblemHttpResult>> ListAsync(
        Guid caseId, HttpContext http, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var @case = await CaseLookup.FindAsync(db, caseId, cancellationToken);
        if (@case is null)
        {
            return ApiProblems.NotFound("Case", caseId);
        }

        var referrals = await db.Referrals.AsNoTracking().Where(r => r.CaseId == caseId).OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken);
        var list = await ReferralReader.ResponsesAsync(db, referrals, cancellationToken);
        await http.RecordAsync(ReferralAudit.List, "referral", null, caseId, @case.Code);
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<ReferralResponse>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            return ApiProblems.NotFound("Referral", id);
        }

        var response = await ReferralReader.ResponseAsync(db, referral, cancellationToken);
        await http.RecordAsync(ReferralAudit.Read, "referral", id, referral.CaseId, referral.CaseCode);
        return TypedResults.Ok(response);
    }
}
