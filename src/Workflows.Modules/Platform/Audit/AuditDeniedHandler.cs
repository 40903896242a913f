using Astra.Workflows.Modules.Platform.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>
/// Records refused attempts at sensitive endpoints (a lawyer trying to reveal an identity), which the
/// endpoint itself never sees because authorisation stops the request first. Snooping shows in the log.
/// </summary>
internal sealed class AuditDeniedHandler : IAuthorizationMiddlewareResultHandler
{
    public const string Forbidden = "forbidden";
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && context.GetEndpoint()?.Metadata.GetMetadata<AuditDenials>() is { } denials)
        {
            var db = context.RequestServices.GetRequiredService<WorkflowsDbContext>();
            var time = context.RequestServices.GetRequiredService<TimeProvider>();
            var caseId = Guid.TryParse(context.GetRouteValue("id") as string, out var id) ? id : (Guid?)null;
            // The audit is the system's record: it names the case even when the caller may not see it (nothing is returned).
            var found = caseId is { } known ? await context.RequestServices.GetRequiredService<ICaseCodes>().FindAsync(db, [known], [], context.RequestAborted) : [];
            var code = found.Count > 0 ? found[0].Code : null;
            await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
            await db.AuditAsync(context, time, new AuditedAct(denials.Action, denials.Entity, caseId?.ToString("D"), code is null ? null : caseId, code, Forbidden), context.RequestAborted);
            await transaction.CommitAsync(context.RequestAborted);
        }

        await standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
