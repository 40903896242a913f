using System.Text.Json;
using Astra.Workflows.Engine.Definitions;

namespace Astra.Workflows.Engine.Validation;

/// <summary>Checks a start input against the definition's declared inputs (required ones present, an object at all).</summary>
public static class StartInputValidator
{
    public static IReadOnlyList<ValidationProblem> Validate(WorkflowDefinition definition, JsonElement input)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<ValidationProblem>();
        var isObject = input.ValueKind == JsonValueKind.Object;
        if (!isObject && input.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
        {
            problems.Add(new(null, null, "The start input must be a JSON object."));
            return problems;
        }

        foreach (var declared in definition.Inputs.Where(i => i.Required))
        {
            if (!isObject || !input.TryGetProperty(declared.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                problems.Add(new(null, declared.Name, $"Input '{declared.Name}' is required to start '{definition.DefinitionId}'."));
            }
        }

        return problems;
    }
}
