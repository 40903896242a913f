using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Engine.Time;
using System.Security.Claims;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Cases.Clients;
using Astra.Workflows.Modules.Platform.Idempotency;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Cases.Storage;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Crypto;
using Microsoft.AspNetCore.Http.HttpResults;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Cases.Api;

internal static class CreateCase
{
    public static RouteGroupBuilder MapCreateCase(this RouteGroupBuilder cases)
    {
        cases.MapPost("/", HandleAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Coordinator, Roles.CaseManager))
            .WithName("CreateCase")
            .HonoursIdempotencyKey()
            .WithSummary("Open a case")
            .WithDescription("Opens a case with its client's identity, stored encrypted. With an `Idempotency-Key` header, a retry with the same key and body answers the first result instead of opening a second case; the same key with another body is 422.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return cases;
    }

    private static async Task<Results<Created<CaseResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        CreateCaseRequest? request, ClaimsPrincipal user, HttpContext http, WorkflowsDbContext db, MasterKey key, TimeProvider time,
        IdempotentRequests idempotency, CancellationToken cancellationToken)
    {
        var phase = string.IsNullOrWhiteSpace(request?.Phase) ? CasePhases.Identification : request.Phase.Trim();
        if (!CasePhases.All.Contains(phase))
        {
            return ApiProblems.Invalid(new Dictionary<string, string[]>
            {
                ["phase"] = [$"Unknown phase '{phase}'. Use one of: {string.Join(", ", CasePhases.All)}."],
            });
        }

        if (request?.Client is { } client && ClientValidation.Validate(client, time) is { Count: > 0 } clientErrors)
        {
            return ApiProblems.Invalid(clientErrors);
        }

        var (idempotencyKey, keyErrors) = IdempotencyKeys.FromHeader(http);
        if (keyErrors is not null)
        {
            return ApiProblems.Invalid(keyErrors);
        }

        if (idempotencyKey is null)
        {
            return await CreateAsync(request, phase, null, user, http, db, key, time, cancellationToken);
        }

        // Claimed before the work; the answer commits in the case's own transaction, so a retry finds one or the other.
        var scoped = IdempotencyKeys.Scoped("case", user, idempotencyKey);
        switch (await idempotency.ClaimAsync(scoped, IdempotencyKeys.Fingerprint(user, idempotencyKey, request), cancellationToken))
        {
            case IdempotencyClaim.Replay replay:
                return TypedResults.Created(replay.Answer.Location, replay.Answer.BodyAs<CaseResponse>());
            case IdempotencyClaim.Mismatch:
                return IdempotencyProblems.Mismatch(IdempotencyKeys.Header);
            case IdempotencyClaim.InFlight inFlight:
                return IdempotencyProblems.InFlight(http, IdempotencyKeys.Header, inFlight.RetryAfter);
            case IdempotencyClaim.Owned owned:
                await using (owned.Key)
                {
                    return await CreateAsync(request, phase, owned.Key, user, http, db, key, time, cancellationToken);
                }

            default:
                throw new InvalidOperationException("Unknown idempotency claim.");
        }
    }

    private static async Task<Results<Created<CaseResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateCaseRequest? request, string phase, OwnedKey? claim, ClaimsPrincipal user, HttpContext http, WorkflowsDbContext db, MasterKey key, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entity = new CaseEntity
        {
            Id = claim?.ReservedId ?? Guid.CreateVersion7(now),
            Code = await CaseCodes.NextAsync(db, OrganisationTime.Today(time).Year, cancellationToken),
            Phase = phase,
            OpenedAt = now,
            CreatedBy = CurrentUser.From(user).KnownId,
        };
        db.Cases.Add(entity);
        if (entity.CreatedBy is { } creator)
        {
            CaseTeams.Add(db, entity.Id, creator, creator, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.AuditAsync(http, time, new AuditedAct(AuditActions.CaseCreate, "case", entity.Id.ToString("D"), entity.Id, entity.Code, AuditOutcomes.Ok), cancellationToken);
        if (request?.Client is { } identity)
        {
            // Sealed before it touches the database: the identity is never in plaintext at rest, not even briefly.
            db.Set<ClientIdentityEntity>().Add(ClientIdentityCodec.Seal(entity.Id, identity, key, now));
            await db.SaveChangesAsync(cancellationToken);
            await db.AuditAsync(http, time, new AuditedAct(AuditActions.ClientCreate, "client", entity.Id.ToString("D"), entity.Id, entity.Code, AuditOutcomes.Ok), cancellationToken);
        }

        var location = $"/api/cases/{entity.Id}";
        var response = new CaseResponse(entity.Id, entity.Code, entity.Phase, entity.OpenedAt);
        if (claim is not null && !await claim.CompleteAsync(StatusCodes.Status201Created, location, response, db, cancellationToken))
        {
            // Another request took the key over (this one outlived its lease): it creates the case, not this one.
            await transaction.RollbackAsync(cancellationToken);
            return IdempotencyProblems.InFlight(http, IdempotencyKeys.Header, TimeSpan.FromSeconds(2));
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created(location, response);
    }
}
