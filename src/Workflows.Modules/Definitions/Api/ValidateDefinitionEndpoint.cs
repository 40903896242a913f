using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Definitions.Api;

internal static class ValidateDefinitionEndpoint
{
    public static RouteGroupBuilder MapValidateDefinition(this RouteGroupBuilder definitions)
    {
        definitions.MapPost("/validate", ValidateAsync)
            .WithName("ValidateDefinition")
            .WithSummary("Validate a definition")
            .WithDescription("Checks a definition without storing it. An invalid definition is a successful answer (`valid: false` with the problems); only an unreadable body is a 400. `warnings` (e.g. a task due that can land on a non-working day) never make it invalid.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .Accepts<WorkflowDefinition>("application/json")
            .RequireAuthorization(DefinitionAuthors.Policy);
        return definitions;
    }

    /// <summary>An invalid definition is a successful answer here (200, valid: false); only an unreadable body is a 400.</summary>
    private static async Task<Results<Ok<DefinitionValidationResult>, ProblemHttpResult>> ValidateAsync(
        HttpRequest request, DefinitionValidator validator, CancellationToken cancellationToken)
    {
        var body = await DefinitionBody.ReadAsync(request, cancellationToken);
        if (body.Definition is not { } definition)
        {
            return DefinitionProblems.Malformed(body.Error);
        }

        var problems = DefinitionChecks.Validate(validator, definition);
        return TypedResults.Ok(new DefinitionValidationResult(problems.Count == 0, problems, validator.NonWorkingDayDues(definition), validator.UntranslatedTexts(definition)));
    }
}
