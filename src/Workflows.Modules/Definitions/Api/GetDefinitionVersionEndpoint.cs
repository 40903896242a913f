using System.Text.Json;
using Astra.Workflows.Modules.Definitions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Definitions.Api;

internal static class GetDefinitionVersionEndpoint
{
    public static RouteGroupBuilder MapGetDefinitionVersion(this RouteGroupBuilder definitions)
    {
        definitions.MapGet("/{definitionId}/versions/{version:int}", GetAsync).WithName("GetDefinitionVersion")
            .WithSummary("Read one definition version")
            .WithDescription("The stored JSON of one version of a definition, draft or published.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return definitions;
    }

    private static async Task<Results<Ok<JsonElement>, ProblemHttpResult>> GetAsync(
        string definitionId, int version, DefinitionStore store, CancellationToken cancellationToken)
    {
        var json = await store.GetJsonAsync(definitionId, version, cancellationToken);
        if (json is null)
        {
            return DefinitionProblems.VersionNotFound(definitionId, version);
        }

        using var document = JsonDocument.Parse(json);
        return TypedResults.Ok(document.RootElement.Clone());
    }
}
