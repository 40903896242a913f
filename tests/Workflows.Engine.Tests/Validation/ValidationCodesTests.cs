using System.Reflection;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Tests.Support;
using Astra.Workflows.Engine.Validation;

namespace Astra.Workflows.Engine.Tests.Validation;

/// <summary>Every problem carries a language-neutral code and the arguments its wording needs (issue 21.2).</summary>
public class ValidationCodesTests
{
    private readonly EngineHarness engine = new();

    private static readonly HashSet<string> EngineCodes = typeof(ValidationCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Each_problem_of_a_broken_definition_has_a_known_code_with_its_arguments()
    {
        var problems = engine.Validator.Validate(DefinitionSerializer.Parse("""
            {
              "schemaVersion": 1, "definitionId": "broken", "name": "Broken",
              "variables": [{ "name": "v" }, { "name": "v" }],
              "activities": [
                { "id": "start", "type": "flow.start" },
                { "id": "wait", "type": "timer.delay", "inputs": { "duration": 5, "colour": "red" } },
                { "id": "lost", "type": "no.such.type" },
                { "id": "loop", "type": "vars.set", "inputs": { "name": "w", "value": 1 } }
              ],
              "connections": [
                { "from": "start", "to": "wait" },
                { "from": "wait", "to": "nowhere" },
                { "from": "loop", "to": "loop" }
              ],
              "texts": { "de": { "name": "Kaputt" }, "sr-Latn": { "gone.name": "Nema" } }
            }
            """));

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Contains(p.Code!, EngineCodes));
        var unknownInput = Assert.Single(problems, p => p.Code == ValidationCodes.UnknownInput);
        Assert.Equal(("wait", "colour"), (unknownInput.Args!["activity"], unknownInput.Args["input"]));
        Assert.Contains(problems, p => p.Code == ValidationCodes.DuplicateVariable && p.Args!["variable"] == "v" && p.Args["count"] == "2");
        Assert.Contains(problems, p => p.Code == ValidationCodes.UnknownActivityType && p.Args!["type"] == "no.such.type");
        Assert.Contains(problems, p => p.Code == ValidationCodes.ConnectionToUnknown && p.Args!["to"] == "nowhere");
        Assert.Contains(problems, p => p.Code == ValidationCodes.VariableNotDeclared && p.Args!["variable"] == "w");
        Assert.Contains(problems, p => p.Code == ValidationCodes.TextsUnknownLanguage && p.Args!["language"] == "de");
        Assert.Contains(problems, p => p.Code == ValidationCodes.TextsUnknownKey && p.Args!["key"] == "gone.name");
    }
}
