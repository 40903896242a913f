using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Definitions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Definitions.Api;

internal static class PublishDefinitionEndpoint
{
    public static RouteGroupBuilder MapPublishDefinition(this RouteGroupBuilder definitions)
    {
        definitions.MapPost("/{definitionId}/publish", PublishAsync)
            .WithName("PublishDefinition")
            .WithSummary("Publish the draft")
            .WithDescription("Publishes the definition's draft as its next version; new instances start on it, running instances keep theirs.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(DefinitionAuthors.Policy);
        return definitions;
    }

    private static async Task<Results<Ok<DefinitionPublished>, ProblemHttpResult>> PublishAsync(
        string definitionId, DefinitionStore store, WorkflowsDbContext db, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        // The audit row commits with the publish or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await store.PublishAsync(db, definitionId, cancellationToken);
        if (result.Status == DefinitionWriteStatus.Done)
        {
            // The entity id column is shorter than a definition id may be; the reason always names it.
            var entityId = definitionId.Length <= 64 ? definitionId : null;
            var act = new AuditedAct(AuditActions.DefinitionPublish, "definition", entityId, null, null, AuditOutcomes.Ok, $"{definitionId} v{result.Version}");
            await db.AuditAsync(http, time, act, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return result.Status switch
        {
            DefinitionWriteStatus.Done => TypedResults.Ok(new DefinitionPublished(definitionId, result.Version)),
            DefinitionWriteStatus.NotFound => DefinitionProblems.NotFound(definitionId),
            DefinitionWriteStatus.NoDraft => DefinitionProblems.Conflict($"Definition '{definitionId}' has no draft to publish; save one first."),
            _ => DefinitionProblems.Conflict($"The draft of '{definitionId}' was published or replaced by someone else at the same moment."),
        };
    }
}
