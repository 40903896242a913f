using System.Text.Json;
using Astra.Workflows.Modules.Definitions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Definitions.Api;

internal static class GetDefinitionEndpoint
{
    public static RouteGroupBuilder MapGetDefinition(this RouteGroupBuilder definitions)
    {
        definitions.MapGet("/{definitionId}", GetAsync).WithName("GetDefinition")
            .WithSummary("Read a workflow definition")
            .WithDescription("The definition's current draft or latest published version, with its versions and any conflict left by importing the shipped definitions.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return definitions;
    }

    private static async Task<Results<Ok<DefinitionDetails>, ProblemHttpResult>> GetAsync(
        string definitionId, DefinitionStore store, ImportConflicts conflicts, CancellationToken cancellationToken)
    {
        var versions = await store.ListVersionsAsync(definitionId, cancellationToken);
        if (versions.Count == 0)
        {
            return DefinitionProblems.NotFound(definitionId);
        }

        var shown = DefinitionVersionView.Shown(versions);
        var json = await store.GetJsonAsync(definitionId, shown.Version, cancellationToken);
        if (json is null)
        {
            // Only a concurrent delete could cause this, and nothing deletes versions today.
            return DefinitionProblems.NotFound(definitionId);
        }

        using var document = JsonDocument.Parse(json);
        return TypedResults.Ok(new DefinitionDetails(
            definitionId,
            shown.Name,
            DefinitionVersionView.Published(versions),
            DefinitionVersionView.Draft(versions),
            versions.Select(v => new DefinitionVersionSummary(v.Version, v.Status.ToString(), v.SavedAt, v.PublishedAt, v.Source)).ToList(),
            document.RootElement.Clone(),
            conflicts.Find(definitionId)));
    }
}
