using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Tests.Support;

namespace Astra.Workflows.Engine.Tests.Validation;

/// <summary>The shape of <c>events</c> and <c>startRoles</c>; role names and reserved events are the host's checks.</summary>
public class DeclarationChecksTests
{
    private readonly EngineHarness engine = new();

    private List<string> Messages(string declarations) => engine.Validator.Validate(DefinitionSerializer.Parse($$"""
        {
          "schemaVersion": 1, "definitionId": "declared", "name": "Declared", {{declarations}}
          "activities": [{ "id": "start", "type": "flow.start" }]
        }
        """)).Select(p => p.Message).ToList();

    [Fact]
    public void Well_formed_declarations_pass_and_absent_startRoles_is_not_a_problem()
    {
        Assert.Empty(Messages("""
            "events": [{ "name": "identification-decided", "roles": ["Coordinator"] }], "startRoles": ["CaseManager"],
            """));
        Assert.Empty(Messages(string.Empty));
    }

    [Fact]
    public void Each_bad_declaration_is_reported_naming_its_path()
    {
        var messages = Messages("""
            "events": [
              { "name": "Decided:forged", "roles": ["Coordinator"] },
              { "name": "decided", "roles": [] },
              { "name": "DECIDED", "roles": ["  "] }
            ],
            "startRoles": [],
            """);

        Assert.Contains(messages, m => m.StartsWith("events[0].name 'Decided:forged'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("events[1].roles must name at least one role", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("events[2].name: event 'DECIDED' is declared twice", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("events[2].roles[0] is empty", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("startRoles must name at least one role", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_keys_inside_a_declaration_are_parse_errors()
    {
        var error = Assert.Throws<DefinitionParseException>(() => Messages("""
            "events": [{ "name": "decided", "roles": ["Coordinator"], "colour": "red" }],
            """));
        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
    }
}
