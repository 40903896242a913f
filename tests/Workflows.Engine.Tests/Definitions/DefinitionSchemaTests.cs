using Astra.Workflows.Modules.Cases.Activities;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Activities;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Engine.Tests.Support;
using Astra.Workflows.Engine.Validation;

namespace Astra.Workflows.Engine.Tests.Definitions;

/// <summary>Keeps <c>definitions/workflow-definition.schema.json</c> in step with the C# model, and the sample files valid.</summary>
public class DefinitionSchemaTests
{
    private static readonly JsonElement Schema =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Definitions, "workflow-definition.schema.json"))).RootElement;

    public static TheoryData<string, Type> Objects => new()
    {
        { "", typeof(WorkflowDefinition) },
        { "input", typeof(WorkflowInputDefinition) },
        { "variable", typeof(VariableDefinition) },
        { "activity", typeof(ActivityDefinition) },
        { "designer", typeof(DesignerPosition) },
        { "connection", typeof(ConnectionDefinition) },
        { "event", typeof(EventDeclaration) },
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void Schema_properties_equal_the_model_json_properties(string schemaDef, Type modelType)
    {
        var node = schemaDef.Length == 0 ? Schema : Schema.GetProperty("$defs").GetProperty(schemaDef);
        var schemaNames = node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var modelNames = DefinitionSerializer.Options.GetTypeInfo(modelType).Properties
            .Where(p => p.AttributeProvider?.IsDefined(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), true) != true)
            .Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(modelNames, schemaNames);
        Assert.False(node.GetProperty("additionalProperties").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Objects))]
    public void Schema_required_properties_are_required_in_the_model(string schemaDef, Type modelType)
    {
        var node = schemaDef.Length == 0 ? Schema : Schema.GetProperty("$defs").GetProperty(schemaDef);
        var required = node.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
        var properties = DefinitionSerializer.Options.GetTypeInfo(modelType).Properties;

        // Collections and schemaVersion have defaults in C#; everything else the model requires, the schema requires.
        foreach (JsonPropertyInfo property in properties.Where(p => p.IsRequired))
        {
            Assert.Contains(property.Name, required);
        }
    }

    [Fact]
    public void Every_definition_file_parses_and_validates()
    {
        var files = Directory.GetFiles(RepositoryPaths.Definitions, "*.workflow.json");
        Assert.NotEmpty(files);
        // The host's registry: the built-in activities and the real human task.
        var validator = new DefinitionValidator(BuiltInActivities.CreateRegistry([new SetCasePhaseActivity(), new HumanTaskActivity(), new Astra.Workflows.Modules.Referrals.Activities.ReferralSendActivity(), new Astra.Workflows.Modules.Reports.Profile.SetProfileActivity()]));
        foreach (var file in files)
        {
            var definition = DefinitionSerializer.Parse(File.ReadAllText(file));
            var problems = validator.Validate(definition);
            Assert.True(problems.Count == 0, $"{Path.GetFileName(file)}: " + string.Join(" | ", problems.Select(p => p.Message)));
        }
    }

    /// <summary>The schema's per-type input lists, as the registry would write them; printed when they drift apart.</summary>
    [Fact]
    public void Schema_allows_exactly_each_activity_types_inputs()
    {
        var registry = BuiltInActivities.CreateRegistry([new SetCasePhaseActivity(), new HumanTaskActivity(), new Astra.Workflows.Modules.Legal.Activities.LegalDeadlineActivity(), new Astra.Workflows.Modules.Referrals.Activities.ReferralSendActivity(), new Astra.Workflows.Modules.Reports.Profile.SetProfileActivity()]);
        var expected = registry.Descriptors.OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => (d.Key, Inputs: string.Join(",", d.Inputs.Select(i => i.Name).Order(StringComparer.Ordinal))))
            .ToList();
        var rules = Schema.GetProperty("$defs").GetProperty("activity").GetProperty("allOf").EnumerateArray()
            .Select(rule => (
                Key: rule.GetProperty("if").GetProperty("properties").GetProperty("type").GetProperty("const").GetString()!,
                Inputs: rule.GetProperty("then").GetProperty("properties").GetProperty("inputs")))
            .ToList();
        var actual = rules
            .Select(r => (r.Key, Inputs: string.Join(",", r.Inputs.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal))))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

        Assert.True(expected.SequenceEqual(actual), "Expected in $defs.activity.allOf:\n" + string.Join("\n", expected.Select(e => $"{e.Key}: {e.Inputs}")));
        Assert.All(rules, r => Assert.False(r.Inputs.GetProperty("additionalProperties").GetBoolean()));
    }

    [Theory]
    [InlineData("escalationRule")]
    [InlineData("formField")]
    [InlineData("workingDaysFromDate")]
    public void Escalation_rules_and_form_fields_allow_exactly_the_keys_their_readers_know(string schemaDef)
    {
        var node = Schema.GetProperty("$defs").GetProperty(schemaDef);
        var known = schemaDef switch
        {
            "formField" => TaskForm.FieldKeys,
            "workingDaysFromDate" => Astra.Workflows.Engine.Time.WorkingDayAnchor.Keys,
            _ => TaskEscalationPlan.RuleKeys,
        };

        Assert.Equal(known.Order(StringComparer.Ordinal), node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.False(node.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void A_form_fields_document_kind_is_one_of_the_case_document_kinds()
    {
        var kinds = Schema.GetProperty("$defs").GetProperty("formField").GetProperty("properties").GetProperty("kind").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!);
        Assert.Equal(Astra.Workflows.Modules.Cases.Contracts.CaseDocumentKinds.All.Order(StringComparer.Ordinal), kinds.Order(StringComparer.Ordinal));
    }
}
