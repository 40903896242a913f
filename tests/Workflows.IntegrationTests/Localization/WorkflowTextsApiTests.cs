using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Scenarios;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Localization;

/// <summary>Workflow texts through the real API in the reader's language (ADR 0042).</summary>
public sealed class WorkflowTextsApiTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_task_reads_in_the_language_the_request_asks_for_with_codes_Latin_and_stored_values_unchanged()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("court-proceedings", asUser: Lawyer);
        var id = (await s.OpenTaskAsync("register-proceeding")).GetProperty("id").GetGuid();
        var lawyer = await Factory.ClientForAsync(Lawyer);

        var english = await ReadAsync(lawyer, $"/api/tasks/{id}", "en");
        Assert.Equal($"Register the court proceeding ({s.Code})", english.GetProperty("title").GetString());
        Assert.Equal("Done", english.GetProperty("outcomeLabels").GetProperty("Done").GetString());

        var cyrillic = await ReadAsync(lawyer, $"/api/tasks/{id}", "sr-Cyrl");
        Assert.Equal($"Евидентирати судски поступак ({s.Code})", cyrillic.GetProperty("title").GetString());
        Assert.StartsWith("Унети суд, број предмета", cyrillic.GetProperty("description").GetString(), StringComparison.Ordinal);
        var role = cyrillic.GetProperty("form").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "clientRole");
        Assert.Equal("Својство клијента у поступку", role.GetProperty("label").GetString());
        Assert.Equal("оштећени", role.GetProperty("optionLabels").GetProperty("injured party").GetString());
        Assert.Contains("injured party", role.GetProperty("options").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(["Done"], cyrillic.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()!));
        Assert.Equal("Завршено", cyrillic.GetProperty("outcomeLabels").GetProperty("Done").GetString());

        // The queues read the same texts; a Serbian browser without a chosen language gets Latin.
        var queue = await ReadAsync(lawyer, $"/api/tasks?queue=available&caseId={s.CaseId}", "sr-RS,sr;q=0.9,en;q=0.5");
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), t => t.GetProperty("title").GetString() == $"Evidentirati sudski postupak ({s.Code})");

        // Completing in Serbian stores the option key, not its label.
        var complete = await lawyer.PostAsJsonAsync($"/api/tasks/{id}/complete", new { data = new { court = "Viši sud u Beogradu", caseNumber = "K 1/26", clientRole = "injured party", kind = "criminal" }, revision = cyrillic.GetProperty("revision").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        var done = await ReadAsync(lawyer, $"/api/tasks/{id}", "sr-Latn");
        Assert.Equal("injured party", done.GetProperty("data").GetProperty("clientRole").GetString());
        Assert.Equal("Done", done.GetProperty("outcome").GetString());

        // The case story tells the task in the reader's language too: its title, the outcome and the answers' labels.
        var story = (await ReadAsync(lawyer, $"/api/cases/{s.CaseId}", "sr-Cyrl")).GetProperty("story").EnumerateArray()
            .Single(e => e.GetProperty("key").GetString() == "story.taskCompleted").GetProperty("args");
        Assert.Equal($"Евидентирати судски поступак ({s.Code})", story.GetProperty("title").GetString());
        Assert.Equal("Завршено", story.GetProperty("outcome").GetString());
        Assert.Contains("Својство клијента у поступку: оштећени", story.GetProperty("answers").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_task_types_of_a_queue_carry_their_name_in_the_readers_language()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("court-proceedings", asUser: Lawyer);
        await s.OpenTaskAsync("register-proceeding");
        var lawyer = await Factory.ClientForAsync(Lawyer);

        foreach (var (language, label) in new[] { ("en", "Register the proceeding"), ("sr-Latn", "Evidentirati postupak"), ("sr-Cyrl", "Евидентирати поступак") })
        {
            var types = await ReadAsync(lawyer, "/api/tasks/types?queue=available", language);
            var type = Assert.Single(types.EnumerateArray(), t => t.GetProperty("key").GetString() == "register-proceeding");
            Assert.Equal(label, type.GetProperty("label").GetString());
        }
    }

    [Fact]
    public async Task A_task_created_when_an_earlier_one_completes_reads_in_Serbian_too()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("hotline-triage");
        await s.CompleteAsync("screen-contact", data: new { priority = "low" });
        var id = (await s.OpenTaskAsync("give-information")).GetProperty("id").GetGuid();
        var manager = await Factory.ClientForAsync(CaseManager);

        var latin = await ReadAsync(manager, $"/api/tasks/{id}", "sr-Latn");
        Assert.Equal($"Pružiti informacije i savet ({s.Code})", latin.GetProperty("title").GetString());
        var queue = await ReadAsync(manager, $"/api/tasks?queue=available&caseId={s.CaseId}", "sr-Cyrl");
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), t => t.GetProperty("title").GetString() == $"Пружити информације и савет ({s.Code})");
    }

    [Fact]
    public async Task The_case_page_names_workflows_and_activities_in_the_readers_language()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("hotline-triage");
        var manager = await Factory.ClientForAsync(CaseManager);

        var cyrillic = await ReadAsync(manager, $"/api/cases/{s.CaseId}", "sr-Cyrl");
        Assert.Equal("Тријажа позива на СОС линији", Assert.Single(cyrillic.GetProperty("instances").EnumerateArray()).GetProperty("name").GetString());
        var timeline = cyrillic.GetProperty("timeline").EnumerateArray().ToList();
        Assert.All(timeline, e => Assert.Equal("Тријажа позива на СОС линији", e.GetProperty("workflowName").GetString()));
        Assert.Contains(timeline, e => e.GetProperty("activityId").GetString() == "start" && e.GetProperty("activityName").GetString() == "Контакт примљен");

        var english = await ReadAsync(manager, $"/api/cases/{s.CaseId}", "en");
        Assert.Equal("Hotline contact triage", english.GetProperty("instances")[0].GetProperty("name").GetString());
        Assert.Contains(english.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("activityName").GetString() == "Contact received");

        var startable = await ReadAsync(manager, "/api/definitions/startable", "sr-Latn");
        Assert.Contains(startable.EnumerateArray(), d => d.GetProperty("name").GetString() == "Trijaža poziva na SOS liniji");
    }

    [Fact]
    public async Task Validation_warns_about_untranslated_texts_without_blocking_and_refuses_a_stale_key()
    {
        var coordinator = await Factory.ClientForAsync(Coordinator);
        const string Untranslated = """
        { "schemaVersion": 1, "definitionId": "l10n-check", "name": "Check",
          "activities": [ { "id": "start", "type": "flow.start" }, { "id": "end", "type": "flow.end", "name": "End" } ],
          "connections": [ { "from": "start", "to": "end" } ] }
        """;
        var warned = await ValidateAsync(coordinator, Untranslated);
        Assert.True(warned.GetProperty("valid").GetBoolean());
        Assert.Equal(["name", "end.name"], warned.GetProperty("untranslated").EnumerateArray().Select(w => w.GetProperty("message").GetString()!.Split('\'')[1]));

        var stale = await ValidateAsync(coordinator, Untranslated.Replace("\"connections\"", "\"texts\": { \"sr-Latn\": { \"name\": \"Provera\", \"ending.name\": \"Kraj\" } }, \"connections\"", StringComparison.Ordinal));
        Assert.False(stale.GetProperty("valid").GetBoolean());
        var problem = Assert.Single(stale.GetProperty("problems").EnumerateArray());
        Assert.Equal("texts", problem.GetProperty("input").GetString());
        Assert.Contains("'ending.name' names no text", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        // The designer words it in the reader's language from the code and its arguments (issue 21.2).
        Assert.Equal("textsUnknownKey", problem.GetProperty("code").GetString());
        Assert.Equal(("sr-Latn", "ending.name"), (problem.GetProperty("args").GetProperty("language").GetString(), problem.GetProperty("args").GetProperty("key").GetString()));
        var missing = warned.GetProperty("untranslated")[1];
        Assert.Equal(("textsMissing", "end.name", "End"), (missing.GetProperty("code").GetString(), missing.GetProperty("args").GetProperty("key").GetString(), missing.GetProperty("args").GetProperty("english").GetString()));
    }

    [Fact]
    public async Task A_start_form_reads_its_input_labels_and_help_in_the_readers_language()
    {
        await Scenario.OpenAsync(Factory);
        var manager = await Factory.ClientForAsync(CaseManager);

        JsonElement Input(JsonElement startable, string definitionId, string name) =>
            startable.EnumerateArray().Single(d => d.GetProperty("definitionId").GetString() == definitionId)
                .GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name);
        var latin = await ReadAsync(manager, "/api/definitions/startable", "sr-Latn");
        var cyrillic = await ReadAsync(manager, "/api/definitions/startable", "sr-Cyrl");
        var english = await ReadAsync(manager, "/api/definitions/startable", "en");

        Assert.Equal(("Dete (mlađe od 18 godina)", "Osoba je mlađa od 18 godina."), LabelAndHelp(Input(latin, "identification-emergency", "child")));
        Assert.Equal(("Дете (млађе од 18 година)", "Особа је млађа од 18 година."), LabelAndHelp(Input(cyrillic, "identification-emergency", "child")));
        Assert.Equal(("Child (under 18)", "The person is under 18."), LabelAndHelp(Input(english, "identification-emergency", "child")));
        Assert.Equal("Ko je uputio", Input(latin, "case-intake", "referredBy").GetProperty("label").GetString());
        // The input's name stays the key the start request sends, whatever the label says.
        Assert.Equal("boolean", Input(cyrillic, "identification-emergency", "child").GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_start_input_label_without_texts_is_its_name_and_a_misspelled_key_is_refused_naming_its_path()
    {
        var coordinator = await Factory.ClientForAsync(Coordinator);
        const string Plain = """
        { "schemaVersion": 1, "definitionId": "l10n-inputs", "name": "Inputs", "startRoles": ["CaseManager"],
          "inputs": [ { "name": "referredBy", "type": "string" } ],
          "activities": [ { "id": "start", "type": "flow.start" }, { "id": "end", "type": "flow.end" } ],
          "connections": [ { "from": "start", "to": "end" } ] }
        """;
        var warned = await ValidateAsync(coordinator, Plain);
        Assert.True(warned.GetProperty("valid").GetBoolean());
        Assert.Contains(warned.GetProperty("untranslated").EnumerateArray(), w => w.GetProperty("args").GetProperty("key").GetString() == "inputs.referredBy.label");

        var misspelled = await ValidateAsync(coordinator, Plain.Replace("\"connections\"", "\"texts\": { \"sr-Latn\": { \"inputs.referedBy.label\": \"Ko je uputio\" } }, \"connections\"", StringComparison.Ordinal));
        Assert.False(misspelled.GetProperty("valid").GetBoolean());
        var problem = Assert.Single(misspelled.GetProperty("problems").EnumerateArray());
        Assert.Equal(("texts", "textsUnknownKey"), (problem.GetProperty("input").GetString(), problem.GetProperty("code").GetString()));
        Assert.Contains("texts.sr-Latn: 'inputs.referedBy.label' names no text", problem.GetProperty("message").GetString(), StringComparison.Ordinal);

        await TestDefinitions.PublishAsync(Factory, Plain);
        var startable = await ReadAsync(await Factory.ClientForAsync(CaseManager), "/api/definitions/startable", "sr-Latn");
        var input = startable.EnumerateArray().Single(d => d.GetProperty("definitionId").GetString() == "l10n-inputs").GetProperty("inputs")[0];
        Assert.Equal("referredBy", input.GetProperty("label").GetString());
    }

    private static (string?, string?) LabelAndHelp(JsonElement input) =>
        (input.GetProperty("label").GetString(), input.GetProperty("description").GetString());

    private static async Task<JsonElement> ReadAsync(HttpClient client, string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> ValidateAsync(HttpClient client, string json)
    {
        using var response = await client.PostAsync("/api/definitions/validate", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
