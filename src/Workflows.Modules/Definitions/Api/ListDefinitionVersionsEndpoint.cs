using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Definitions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>Every stored version of a definition, newest first; bodies via <c>GET /{id}/versions/{v}</c>, diffed in the browser.</summary>
internal static class ListDefinitionVersionsEndpoint
{
    public static RouteGroupBuilder MapListDefinitionVersions(this RouteGroupBuilder definitions)
    {
        definitions.MapGet("/{definitionId}/versions", ListAsync).WithName("ListDefinitionVersions")
            .WithSummary("List definition versions")
            .WithDescription("Every stored version of a definition, newest first, without bodies.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return definitions;
    }

    private static async Task<Results<Ok<List<DefinitionVersionListItem>>, ProblemHttpResult>> ListAsync(
        string definitionId, DefinitionStore store, WorkflowsDbContext db, CancellationToken cancellationToken)
    {
        var versions = await store.ListVersionsAsync(definitionId, cancellationToken);
        if (versions.Count == 0)
        {
            return DefinitionProblems.NotFound(definitionId);
        }

        var userIds = versions.Select(v => UserId(v.Source)).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return TypedResults.Ok(versions
            .OrderByDescending(v => v.Version)
            .Select(v =>
            {
                var savedBy = Author(v.Source, names);
                var publishedBy = v.Status == DefinitionVersionStatus.Published && savedBy.Kind == "file" ? savedBy : null;
                return new DefinitionVersionListItem(v.Version, v.Status.ToString(), v.Name, v.SavedAt, savedBy, v.PublishedAt, publishedBy);
            })
            .ToList());
    }

    private static Guid? UserId(string source) =>
        source.StartsWith(DefinitionSources.UserPrefix, StringComparison.Ordinal) && Guid.TryParse(source[DefinitionSources.UserPrefix.Length..], out var id) ? id : null;

    private static DefinitionAuthor Author(string source, Dictionary<Guid, string> names) =>
        UserId(source) is { } id ? new("user", id.ToString("D"), names.GetValueOrDefault(id))
        : DefinitionSources.IsFile(source) ? new("file", source[DefinitionSources.FilePrefix.Length..], null)
        : new("system", source, null);
}
