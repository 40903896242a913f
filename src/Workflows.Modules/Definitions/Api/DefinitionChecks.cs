using System.Text.RegularExpressions;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Validation;

namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>The engine's validation plus what storing and addressing a definition needs (column sizes, an id that is safe in URLs).</summary>
internal static partial class DefinitionChecks
{
    private const int MaxIdLength = 100;
    private const int MaxNameLength = 200;

    public static IReadOnlyList<ValidationProblem> Validate(DefinitionValidator validator, WorkflowDefinition definition)
    {
        var problems = new List<ValidationProblem>(validator.Validate(definition));
        DeclarationAccessChecks.Check(definition, problems);
        var id = definition.DefinitionId ?? string.Empty;
        if (id.Length > MaxIdLength)
        {
            problems.Add(ValidationProblem.Coded(null, null, DefinitionValidationCodes.IdTooLong, $"definitionId is {id.Length} characters long; at most {MaxIdLength} are allowed.", ("length", id.Length), ("max", MaxIdLength)));
        }
        else if (id.Length > 0 && !SafeId().IsMatch(id))
        {
            problems.Add(ValidationProblem.Coded(
                null,
                null,
                DefinitionValidationCodes.IdNotSafe,
                $"definitionId '{id}' may contain only lower-case letters, digits, '.' and '-', starting with a letter or digit (it appears in URLs).",
                ("id", id)));
        }

        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            problems.Add(ValidationProblem.Coded(null, null, DefinitionValidationCodes.NameRequired, "name is required."));
        }
        else if (definition.Name.Length > MaxNameLength)
        {
            problems.Add(ValidationProblem.Coded(null, null, DefinitionValidationCodes.NameTooLong, $"name is {definition.Name.Length} characters long; at most {MaxNameLength} are allowed.", ("length", definition.Name.Length), ("max", MaxNameLength)));
        }

        return problems;
    }

    // The same pattern as definitionId in definitions/workflow-definition.schema.json.
    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex SafeId();
}
