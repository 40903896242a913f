using System.Security.Claims;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Validation;
using Astra.Workflows.Modules.Definitions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Definitions.Api;

internal static class SaveDraftEndpoint
{
    public static RouteGroupBuilder MapSaveDraft(this RouteGroupBuilder definitions)
    {
        definitions.MapPut("/{definitionId}", SaveAsync)
            .WithName("SaveDefinitionDraft")
            .WithSummary("Save a draft")
            .WithDescription("Stores the body as the definition's draft after validating it; the id in the body must match the route. Publishing is a separate step.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Accepts<WorkflowDefinition>("application/json")
            .RequireAuthorization(DefinitionAuthors.Policy);
        return definitions;
    }

    private static async Task<Results<Ok<DraftSaved>, ProblemHttpResult>> SaveAsync(
        string definitionId,
        HttpRequest request,
        ClaimsPrincipal user,
        DefinitionValidator validator,
        DefinitionStore store,
        CancellationToken cancellationToken)
    {
        var body = await DefinitionBody.ReadAsync(request, cancellationToken);
        if (body.Definition is not { } definition)
        {
            return DefinitionProblems.Malformed(body.Error);
        }

        if (!string.Equals(definition.DefinitionId, definitionId, StringComparison.Ordinal))
        {
            return DefinitionProblems.IdMismatch(definitionId, definition.DefinitionId);
        }

        var problems = DefinitionChecks.Validate(validator, definition);
        if (problems.Count > 0)
        {
            return DefinitionProblems.Invalid(problems);
        }

        var source = DefinitionSources.User(CurrentUser.From(user).KnownId?.ToString() ?? "unknown");
        var result = await store.SaveDraftAsync(DefinitionContent.From(definition), source, cancellationToken);
        return result.Status switch
        {
            DefinitionWriteStatus.Done => TypedResults.Ok(new DraftSaved(definitionId, result.Version, nameof(DefinitionVersionStatus.Draft))),
            _ => DefinitionProblems.Conflict($"Definition '{definitionId}' was changed by someone else at the same moment; reload and save again."),
        };
    }
}
