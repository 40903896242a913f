using System.Text.Json;
using Astra.Workflows.Activities;
using Astra.Workflows.DevelopmentSupport.InMemory;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Engine.Tests.Support;
using Astra.Workflows.Engine.Validation;
using Astra.Workflows.Modules.Cases.Activities;
using Astra.Workflows.Modules.Tasks.Activities;
using Microsoft.Extensions.Time.Testing;

namespace Astra.Workflows.Engine.Tests.Definitions;

/// <summary>The <c>texts</c> catalogue: checked keys, warnings for missing translations, tasks created with their translations.</summary>
public class DefinitionTextsTests
{
    private const string Definition = """
    {
      "schemaVersion": 1, "definitionId": "register", "name": "Register proceeding",
      "activities": [
        { "id": "start", "type": "flow.start" },
        { "id": "register", "type": "task.human", "name": "Register", "inputs": {
            "taskType": "register-proceeding", "title": "Register proceeding for {{ case.code }}", "role": "Lawyer",
            "form": [ { "name": "kind", "label": "Kind", "type": "choice", "options": ["criminal", "civil"] } ],
            "outcomes": ["Registered", "NotNeeded"] } },
        { "id": "end", "type": "flow.end" }
      ],
      "connections": [
        { "from": "start", "to": "register" },
        { "from": "register", "outcome": "Registered", "to": "end" },
        { "from": "register", "outcome": "NotNeeded", "to": "end" }
      ],
      "texts": { "sr-Latn": {
        "name": "Evidentiranje postupka",
        "register.name": "Evidentirati",
        "register.inputs.title": "Evidentirati postupak za {{ case.code }}",
        "register.form.kind.label": "Vrsta",
        "register.form.kind.options.criminal": "krivični",
        "register.form.kind.options.civil": "parnični",
        "register.outcomes.Registered": "Evidentirano",
        "register.outcomes.NotNeeded": "Nije potrebno"
      } }
    }
    """;

    private static readonly ActivityRegistry Registry = BuiltInActivities.CreateRegistry([new SetCasePhaseActivity(), new HumanTaskActivity(),
        new Astra.Workflows.Modules.Legal.Activities.LegalDeadlineActivity(), new Astra.Workflows.Modules.Referrals.Activities.ReferralSendActivity(),
        new Astra.Workflows.Modules.Reports.Profile.SetProfileActivity()]);

    [Fact]
    public void A_complete_catalogue_is_valid_without_warnings()
    {
        var validator = new DefinitionValidator(Registry);
        var definition = DefinitionSerializer.Parse(Definition);

        Assert.Empty(validator.Validate(definition));
        Assert.Empty(validator.UntranslatedTexts(definition));
    }

    [Fact]
    public void A_missing_translation_is_a_warning_naming_the_key_not_an_error()
    {
        var validator = new DefinitionValidator(Registry);
        var definition = DefinitionSerializer.Parse(Definition.Replace("\"register.outcomes.NotNeeded\": \"Nije potrebno\"", "\"register.name\": \"Evidentirati\"", StringComparison.Ordinal));

        Assert.Empty(validator.Validate(definition));
        var warning = Assert.Single(validator.UntranslatedTexts(definition));
        Assert.Equal("register", warning.ActivityId);
        Assert.Contains("register.outcomes.NotNeeded", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_definition_without_texts_stays_valid_and_is_warned_about_every_text()
    {
        var validator = new DefinitionValidator(Registry);
        var text = Definition[..Definition.IndexOf(",\n  \"texts\"", StringComparison.Ordinal)] + "\n}";
        var definition = DefinitionSerializer.Parse(text);

        Assert.Empty(validator.Validate(definition));
        Assert.Equal(8, validator.UntranslatedTexts(definition).Count);
    }

    [Theory]
    [InlineData("\"register.name\": \"Evidentirati\"", "\"regster.name\": \"Evidentirati\"", "'regster.name' names no text")]
    [InlineData("\"register.form.kind.options.civil\"", "\"register.form.kind.options.family\"", "'register.form.kind.options.family' names no text")]
    [InlineData("\"sr-Latn\": {", "\"de\": {}, \"sr-Latn\": {", "'de' is not one of en, sr-Latn, sr-Cyrl")]
    [InlineData("\"Vrsta\"", "\" \"", "is empty")]
    public void A_stale_key_an_unknown_language_or_an_empty_text_is_an_error(string find, string replace, string expected)
    {
        var validator = new DefinitionValidator(Registry);
        var definition = DefinitionSerializer.Parse(Definition.Replace(find, replace, StringComparison.Ordinal));

        Assert.Contains(validator.Validate(definition), p => p.Message.Contains(expected, StringComparison.Ordinal) && p.Input == "texts");
    }

    private const string WithStartInputs = """
    {
      "schemaVersion": 1, "definitionId": "intake", "name": "Intake",
      "inputs": [
        { "name": "referredBy", "type": "string" },
        { "name": "child", "type": "boolean", "description": "The person is under 18." }
      ],
      "activities": [ { "id": "start", "type": "flow.start" }, { "id": "end", "type": "flow.end" } ],
      "connections": [ { "from": "start", "to": "end" } ],
      "texts": {
        "en": { "inputs.referredBy.label": "Referred by", "inputs.child.label": "Child (under 18)" },
        "sr-Latn": {
          "name": "Prijem",
          "inputs.referredBy.label": "Ko je uputio",
          "inputs.child.label": "Dete (mlađe od 18 godina)",
          "inputs.child.description": "Osoba je mlađa od 18 godina."
        }
      }
    }
    """;

    [Fact]
    public void Start_inputs_have_a_label_and_help_per_language()
    {
        var validator = new DefinitionValidator(Registry);
        var definition = DefinitionSerializer.Parse(WithStartInputs);

        Assert.Empty(validator.Validate(definition));
        Assert.Empty(validator.UntranslatedTexts(definition));
        Assert.Equal("Ko je uputio", DefinitionTexts.Find(definition, "sr-Latn", DefinitionTexts.WorkflowInputLabel("referredBy")));
        Assert.Equal("Osoba je mlađa od 18 godina.", DefinitionTexts.Find(definition, "sr-Latn", DefinitionTexts.WorkflowInputDescription("child")));
    }

    [Theory]
    [InlineData("\"inputs.referredBy.label\": \"Ko je uputio\"", "\"inputs.referedBy.label\": \"Ko je uputio\"", "texts.sr-Latn: 'inputs.referedBy.label' names no text")]
    [InlineData("\"inputs.child.label\": \"Child (under 18)\"", "\"inputs.child.lable\": \"Child (under 18)\"", "texts.en: 'inputs.child.lable' names no text")]
    [InlineData("\"inputs.child.description\"", "\"inputs.referredBy.description\"", "texts.sr-Latn: 'inputs.referredBy.description' names no text")]
    [InlineData("\"Ko je uputio\"", "\"\"", "texts.sr-Latn: 'inputs.referredBy.label' is empty")]
    public void A_misspelled_start_input_key_is_an_error_naming_its_path(string find, string replace, string expected)
    {
        var validator = new DefinitionValidator(Registry);
        var definition = DefinitionSerializer.Parse(WithStartInputs.Replace(find, replace, StringComparison.Ordinal));

        var problem = Assert.Single(validator.Validate(definition));
        Assert.Equal("texts", problem.Input);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_start_input_without_a_Serbian_label_or_help_is_only_a_warning()
    {
        var validator = new DefinitionValidator(Registry);
        var definition = DefinitionSerializer.Parse(WithStartInputs
            .Replace("\"inputs.referredBy.label\": \"Ko je uputio\",", string.Empty, StringComparison.Ordinal)
            .Replace(",\n      \"inputs.child.description\": \"Osoba je mlađa od 18 godina.\"", string.Empty, StringComparison.Ordinal));

        Assert.Empty(validator.Validate(definition));
        var warnings = validator.UntranslatedTexts(definition);
        Assert.Equal(["inputs.referredBy.label", "inputs.child.description"], warnings.Select(w => w.Args!["key"]));
        Assert.All(warnings, w => Assert.Equal(ValidationCodes.TextsMissing, w.Code));
        Assert.Equal("referredBy", warnings[0].Args!["english"]);
    }

    [Fact]
    public void An_old_definition_with_start_inputs_and_no_texts_stays_valid()
    {
        var validator = new DefinitionValidator(Registry);
        var definition = DefinitionSerializer.Parse(WithStartInputs[..WithStartInputs.IndexOf(",\n  \"texts\"", StringComparison.Ordinal)] + "\n}");

        Assert.Empty(validator.Validate(definition));
        Assert.Null(DefinitionTexts.Find(definition, "en", DefinitionTexts.WorkflowInputLabel("referredBy")));
    }

    [Fact]
    public void The_schema_names_the_catalogue_keys_of_every_shipped_definition_and_no_misspelled_one()
    {
        var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Definitions, "workflow-definition.schema.json"))).RootElement;
        var pattern = new System.Text.RegularExpressions.Regex(schema.GetProperty("properties").GetProperty("texts").GetProperty("additionalProperties")
            .GetProperty("propertyNames").GetProperty("pattern").GetString()!);
        var keys = Directory.GetFiles(RepositoryPaths.Definitions, "*.workflow.json")
            .SelectMany(f => DefinitionSerializer.Parse(File.ReadAllText(f)).Texts.Values.SelectMany(c => c.Keys)).ToList();

        Assert.Contains("inputs.referredBy.label", keys);
        Assert.All(keys, k => Assert.Matches(pattern, k));
        Assert.DoesNotMatch(pattern, "inputs.referredBy.lable");
        Assert.DoesNotMatch(pattern, "register.titel");
    }

    [Fact]
    public void Every_shipped_definition_is_translated_into_Serbian()
    {
        var validator = new DefinitionValidator(Registry);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Definitions, "*.workflow.json"))
        {
            var warnings = validator.UntranslatedTexts(DefinitionSerializer.Parse(File.ReadAllText(file)));
            Assert.True(warnings.Count == 0, $"{Path.GetFileName(file)}: " + string.Join(" | ", warnings.Select(w => w.Message)));
        }
    }

    [Fact]
    public async Task A_task_is_created_with_its_translations_rendered_and_read_in_each_language()
    {
        var registry = BuiltInActivities.CreateRegistry([new SetCasePhaseActivity(), new HumanTaskActivity()]);
        var calendar = new WorkingDayCalendar();
        var runner = new WorkflowRunner(registry, new ExpressionService(new ExpressionOptions(), calendar), calendar);
        var definitions = new InMemoryDefinitionProvider();
        definitions.Publish(DefinitionSerializer.Parse(Definition));
        var store = new InMemoryInstanceStore();
        var coordinator = new InstanceCoordinator(runner, definitions, store, new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)));

        await coordinator.StartAsync("register", Guid.NewGuid(), JsonValues.EmptyObject, caseData: JsonSerializer.SerializeToElement(new { code = "AS-2026-0010" }));

        var created = Assert.IsType<HumanTaskCreated>(Assert.Single(store.SideEffects));
        var texts = TaskTexts.Parse(created.Texts!.ToJson());
        Assert.Equal("Register proceeding for AS-2026-0010", texts.Title("en", created.Title));
        Assert.Equal("Evidentirati postupak za AS-2026-0010", texts.Title("sr-Latn", created.Title));
        Assert.Equal("Евидентирати поступак за AS-2026-0010", texts.Title("sr-Cyrl", created.Title));
        var field = texts.Field("sr-Cyrl", Assert.Single(created.Form));
        Assert.Equal("Врста", field.Label);
        Assert.Equal("парнични", field.OptionLabels!["civil"]);
        Assert.Equal(["criminal", "civil"], field.Options);
        Assert.Equal("Није потребно", texts.Outcome("sr-Cyrl", "NotNeeded"));
        Assert.Equal("NotNeeded", texts.Outcome("en", "NotNeeded"));
        Assert.Equal("Završeno", texts.Outcome("sr-Latn", "Done"));
    }
}
