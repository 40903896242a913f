using Astra.Workflows.Persistence.Definitions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Host.Features.Definitions;

internal static class PublishDefinitionEndpoint
{
    public static RouteGroupBuilder MapPublishDefinition(this RouteGroupBuilder definitions)
    {
        definitions.MapPost("/{definitionId}/publish", PublishAsync)
            .WithName("PublishDefinition")
            .RequireAuthorization(DefinitionAuthors.Policy);
        return definitions;
    }

    private static async Task<Results<Ok<DefinitionPublished>, ProblemHttpResult>> PublishAsync(
        string definitionId, DefinitionStore store, CancellationToken cancellationToken)
    {
        var result = await store.PublishAsync(definitionId, cancellationToken);
        return result.Status switch
        {
            DefinitionWriteStatus.Done => TypedResults.Ok(new DefinitionPublished(definitionId, result.Version)),
            DefinitionWriteStatus.NotFound => DefinitionProblems.NotFound(definitionId),
            DefinitionWriteStatus.NoDraft => DefinitionProblems.Conflict($"Definition '{definitionId}' has no draft to publish; save one first."),
            _ => DefinitionProblems.Conflict($"The draft of '{definitionId}' was published or replaced by someone else at the same moment."),
        };
    }
}
