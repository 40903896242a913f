using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Foundation;

/// <summary>
/// Issue 14 item 6 and 7: a body the host cannot read — a NUL character, a wrong JSON type, malformed JSON — is a 400
/// ProblemDetails naming the field, changes nothing, and is logged once as a warning without a stack trace.
/// </summary>
public sealed class BadRequestBodyTests(AstraApiFactory factory) : ApiTest(factory)
{
    public static TheoryData<string, string> SignInBodies => new()
    {
        { """{ "email": "admin@astra.local\u0000", "password": "x" }""", "email" },
        { """{ "email": "admin@astra.local", "password": "a\u0000b" }""", "password" },
        { """{ "email": 12, "password": "x" }""", "email" },
    };

    [Theory]
    [MemberData(nameof(SignInBodies))]
    public async Task A_sign_in_with_a_NUL_character_or_a_wrong_type_is_a_400_naming_the_field(string body, string field)
    {
        var response = await Factory.CreateClient().PostAsync("/api/auth/login", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_sign_in_with_a_null_email_is_refused_like_any_other()
    {
        var response = await Factory.CreateClient().PostAsync("/api/auth/login", Json("""{ "email": null, "password": null }"""));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_NUL_in_a_deadline_kind_label_is_a_400_naming_the_label_and_changes_nothing()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var kind = (await admin.GetFromJsonAsync<JsonElement>("/api/legal-deadline-kinds"))[0];
        var key = kind.GetProperty("key").GetString();

        var response = await admin.PutAsync($"/api/legal-deadline-kinds/{key}", Json("""{ "labelEn": "Appeal\u0000", "labelSrLatn": "Žalba", "days": 8, "hard": true }"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("labelEn", out _));
        var after = (await admin.GetFromJsonAsync<JsonElement>("/api/legal-deadline-kinds")).EnumerateArray().Single(k => k.GetProperty("key").GetString() == key);
        Assert.Equal(kind.GetProperty("label").GetString(), after.GetProperty("label").GetString());
    }

    [Fact]
    public async Task A_wrong_json_type_is_logged_once_as_a_warning_without_a_stack_trace()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        Factory.Logs.Clear();

        var response = await manager.PostAsync("/api/instances", Json("""{ "definitionId": ["sample-intake"], "caseId": null }"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("definitionId", out _), problem.GetRawText());
        var lines = Factory.Logs.Lines.Where(l => !l.Contains(" scope: ", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(lines, l => l.Contains("Warning:", StringComparison.Ordinal));
        Assert.Contains("definitionId", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("Error:", StringComparison.Ordinal) || l.Contains("Critical:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_warning_names_the_route_template_not_the_path_whose_values_are_data()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var caseId = Guid.NewGuid();
        Factory.Logs.Clear();

        var response = await manager.PostAsync($"/api/cases/{caseId}/notes", Json("""{ "text": ["not", "a", "string"] }"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var warning = Assert.Single(Factory.Logs.Lines, l => l.Contains("Rejected an unreadable request body", StringComparison.Ordinal) && l.Contains("Warning:", StringComparison.Ordinal));
        Assert.Contains("/{id:guid}/notes", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(caseId.ToString(), warning, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_NUL_inside_a_definition_is_a_400_and_nothing_is_stored()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var json = Definitions.DefinitionJson.Valid("nul-note", "a\\u0000b");

        var response = await coordinator.PutAsync("/api/definitions/nul-note", Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("NUL", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/api/definitions/nul-note")).StatusCode);
    }

    [Fact]
    public async Task A_NUL_inside_a_free_form_value_is_a_400_naming_the_field()
    {
        await TestDefinitions.PublishAsync(Factory, Definitions.DefinitionJson.Valid("nul-input"));
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await Engine.ApiSteps.OpenCaseAsync(manager);

        var response = await manager.PostAsync("/api/instances", Json($$"""{ "definitionId": "nul-input", "caseId": "{{caseId}}", "input": { "note": "a\u0000b" } }"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("input.note", out _));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_naming_the_body()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");

        var response = await manager.PostAsync("/api/cases", Json("""{ "title": """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
