using System.Security.Cryptography;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Crypto;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Cases.Clients;

internal static class RevealClient
{
    private const int MaxReason = 500;

    public static RouteGroupBuilder MapRevealClient(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:guid}/client/reveal", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.CaseManager))
            .AuditDenials(AuditActions.ClientReveal, "client")
            .WithName("RevealClient")
            .WithSummary("Reveal a client's identity")
            .WithDescription("Decrypts the identity of the case's client. A reason is required (400 naming `reason` without one) and kept in the audit row, which commits before the identity leaves the server: no record, no reveal. A case the caller may not see is 404.");
        return cases;
    }

    /// <summary>The audit row commits before the identity leaves the server: no record, no reveal.</summary>
    private static async Task<Results<Ok<ClientResponse>, NotFound, ValidationProblem, ProblemHttpResult>> HandleAsync(
        Guid id, RevealClientRequest? request, HttpContext http, WorkflowsDbContext db, MasterKey key, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var reason = request?.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return ApiProblems.Invalid("reason", "Say why the identity is needed; the reason is kept in the audit trail.");
        }

        if (reason.Length > MaxReason)
        {
            return ApiProblems.Invalid("reason", $"At most {MaxReason} characters.");
        }

        var found = await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Code }).FirstOrDefaultAsync(cancellationToken);
        var row = found is null ? null : await db.Set<ClientIdentityEntity>().AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == id, cancellationToken);
        if (found is null || row is null)
        {
            return TypedResults.NotFound();
        }

        ClientIdentity? identity = null;
        try
        {
            identity = ClientIdentityCodec.Open(row, key);
        }
        catch (CryptographicException)
        {
            // Only the case id is logged: the point is that the row or the key is wrong, not what it holds.
            loggers.CreateLogger(typeof(RevealClient)).LogError("Client identity of case {CaseId} cannot be decrypted under master key {KeyId}.", id, key.Id);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var outcome = identity is null ? AuditOutcomes.Failed : AuditOutcomes.Ok;
            await db.AuditAsync(http, time, new AuditedAct(AuditActions.ClientReveal, "client", id.ToString("D"), id, found.Code, outcome, reason), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return identity is null
            ? ApiProblems.Of(StatusCodes.Status500InternalServerError, null, "The client's identity cannot be decrypted.")
            : TypedResults.Ok(new ClientResponse(id, found.Code, identity));
    }
}
