using Astra.Workflows.Modules.Definitions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Definitions.Api;

internal static class ListDefinitionsEndpoint
{
    public static RouteGroupBuilder MapListDefinitions(this RouteGroupBuilder definitions)
    {
        definitions.MapGet(string.Empty, ListAsync).WithName("ListDefinitions")
            .WithSummary("List workflow definitions")
            .WithDescription("Every workflow definition with its latest published version and whether a draft is pending.");
        return definitions;
    }

    private static async Task<Ok<List<DefinitionSummary>>> ListAsync(DefinitionStore store, CancellationToken cancellationToken)
    {
        var versions = await store.ListAllVersionsAsync(cancellationToken);
        var summaries = versions
            .GroupBy(v => v.DefinitionId, StringComparer.Ordinal)
            .Select(g => Summarise(g.Key, g.ToList()))
            .ToList();
        return TypedResults.Ok(summaries);
    }

    private static DefinitionSummary Summarise(string definitionId, List<StoredVersionInfo> versions)
    {
        var shown = DefinitionVersionView.Shown(versions);
        var updatedAt = versions.Max(v => v.PublishedAt is { } p && p > v.SavedAt ? p : v.SavedAt);
        return new DefinitionSummary(
            definitionId,
            shown.Name,
            DefinitionVersionView.Published(versions),
            DefinitionVersionView.Draft(versions) is not null,
            updatedAt);
    }
}
