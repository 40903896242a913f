using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Platform.Audit;

internal static class ListAudit
{
    private const int MaxLimit = 1000;

    public static RouteGroupBuilder MapListAudit(this RouteGroupBuilder admin)
    {
        admin.MapGet("/audit", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .AuditDenials(AuditActions.AuditRead, "audit_log")
            .WithName("ListAudit")
            .WithSummary("Read the audit log")
            .WithDescription("Audit entries filtered by case, user, action and date range, paged by entry id.");
        return admin;
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditEntryResponse>>, ValidationProblem>> HandleAsync(
        Guid? caseId, string? caseCode, Guid? userId, string? action, DateTimeOffset? from, DateTimeOffset? to, int? limit, long? afterId, long? beforeId,
        HttpContext http, WorkflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (from is not null && to is not null && from > to)
        {
            return ApiProblems.Invalid("from", "'from' must not be after 'to'.");
        }

        if (limit is < 1 or > MaxLimit)
        {
            return ApiProblems.Invalid("limit", $"Use 1 to {MaxLimit}.");
        }

        if (caseCode is { Length: > 32 })
        {
            return ApiProblems.Invalid("caseCode", "A case code has at most 32 characters.");
        }

        var code = string.IsNullOrWhiteSpace(caseCode) ? null : caseCode.Trim().ToUpperInvariant();
        var query = db.Set<AuditEntryEntity>().AsNoTracking();
        query = caseId is null ? query : query.Where(a => a.CaseId == caseId);
        query = code is null ? query : query.Where(a => a.CaseCode == code);
        query = string.IsNullOrWhiteSpace(action) ? query : query.Where(a => a.Action == action);
        query = userId is null ? query : query.Where(a => a.UserId == userId);
        query = from is null ? query : query.Where(a => a.At >= from.Value.ToUniversalTime());
        query = to is null ? query : query.Where(a => a.At <= to.Value.ToUniversalTime());
        query = afterId is null ? query : query.Where(a => a.Id > afterId);
        query = beforeId is null ? query : query.Where(a => a.Id < beforeId);
        // Newest first: an Admin looks for what just happened; older pages follow with beforeId = the last id shown.
        var rows = await query.OrderByDescending(a => a.Id).Take(limit ?? 200).ToListAsync(cancellationToken);

        // Reading the log is itself a view of who saw which case, so it is recorded too.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.AuditAsync(http, time, new AuditedAct(AuditActions.AuditRead, "audit_log", null, caseId, null, AuditOutcomes.Ok), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return TypedResults.Ok<IReadOnlyList<AuditEntryResponse>>(rows.Select(ToResponse).ToList());
    }

    private static AuditEntryResponse ToResponse(AuditEntryEntity a) =>
        new(a.Id, a.At, a.UserId, a.Action, a.Entity, a.EntityId, a.CaseId, a.CaseCode, a.Outcome, a.ClientIp, a.Reason, Convert.ToHexStringLower(a.Hash));
}
