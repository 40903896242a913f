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
