using System.Security.Claims;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Modules.Definitions.Storage;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Definitions.Api;

internal static class ListStartableDefinitionsEndpoint
{
    public static RouteGroupBuilder MapListStartableDefinitions(this RouteGroupBuilder definitions)
    {
        definitions.MapGet("/startable", ListAsync).WithName("ListStartableDefinitions")
            .WithSummary("Workflows the caller may start")
            .WithDescription("The latest published version of every definition whose `startRoles` include one of the caller's roles (or that has none), with its declared inputs (labels and help in the reader's language), so a start form can be drawn. Starting still checks the roles.");
        return definitions;
    }

    private static async Task<Ok<List<StartableDefinition>>> ListAsync(
        ClaimsPrincipal user, DefinitionStore store, IDefinitionProvider definitions, HttpContext http, CancellationToken cancellationToken)
    {
        var language = ReaderLanguage.Of(http);
        var ids = (await store.ListAllVersionsAsync(cancellationToken))
            .Where(v => v.Status == DefinitionVersionStatus.Published)
            .Select(v => v.DefinitionId)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var startable = new List<StartableDefinition>();
        foreach (var id in ids)
        {
            // Same rule as the start endpoint: absent startRoles means anyone who sees the case.
            if (await definitions.GetPublishedAsync(id, cancellationToken) is not { } published
                || (published.Definition.StartRoles is { } roles && !roles.Any(user.IsInRole)))
            {
                continue;
            }

            var d = published.Definition;
            startable.Add(new StartableDefinition(
                d.DefinitionId,
                WorkflowTexts.In(d, language, DefinitionTexts.Name, d.Name),
                d.Description is null ? null : WorkflowTexts.In(d, language, DefinitionTexts.Description, d.Description),
                published.Version,
                d.Inputs.Select(i => new StartableInput(
                    i.Name,
                    WorkflowTexts.In(d, language, DefinitionTexts.WorkflowInputLabel(i.Name), i.Name),
                    i.Type,
                    i.Required,
                    i.Description is null ? null : WorkflowTexts.In(d, language, DefinitionTexts.WorkflowInputDescription(i.Name), i.Description))).ToList()));
        }

        return TypedResults.Ok(startable);
    }
}
