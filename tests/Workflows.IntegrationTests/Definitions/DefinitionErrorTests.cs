using System.Net;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Definitions;

public sealed class DefinitionErrorTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task Invalid_definition_gets_400_listing_every_problem_and_nothing_is_stored()
    {
        var client = await Factory.ClientForAsync("coordinator@astra.local");

        var response = await client.PutAsync("/api/definitions/broken", DefinitionJson.Body(DefinitionJson.Invalid("broken")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problems = (await response.JsonAsync()).GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("activityId").GetString() == "mystery" && p.GetProperty("message").GetString()!.Contains("no.such.type", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.GetProperty("activityId").GetString() == "decide" && p.GetProperty("input").GetString() == "condition");
        Assert.Contains(problems, p => p.GetProperty("message").GetString()!.Contains("ghost", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.GetProperty("activityId").GetString() == "mystery" && p.GetProperty("message").GetString()!.Contains("cannot be reached", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/definitions/broken")).StatusCode);
        Assert.DoesNotContain((await client.GetJsonAsync("/api/definitions")).EnumerateArray(), d => d.GetProperty("definitionId").GetString() == "broken");
    }

    [Fact]
    public async Task Invalid_new_draft_leaves_the_existing_draft_alone()
    {
        var client = await Factory.ClientForAsync("coordinator@astra.local");
        await client.PutAsync("/api/definitions/keep", DefinitionJson.Body(DefinitionJson.Valid("keep", "kept")));

        var response = await client.PutAsync("/api/definitions/keep", DefinitionJson.Body(DefinitionJson.Invalid("keep")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("kept", DefinitionLifecycleTests.NoteText((await client.GetJsonAsync("/api/definitions/keep")).GetProperty("definition")));
    }

    [Fact]
    public async Task Malformed_json_gets_400_naming_the_problem()
    {
        var client = await Factory.ClientForAsync("coordinator@astra.local");

        var response = await client.PutAsync("/api/definitions/bad", DefinitionJson.Body("""{ "schemaVersion": 1, "definitionId": "bad", "name": """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("line", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/definitions/bad")).StatusCode);
    }

    [Fact]
    public async Task Unknown_property_is_reported_not_dropped()
    {
        var client = await Factory.ClientForAsync("coordinator@astra.local");
        var json = DefinitionJson.Valid("typo").Replace("\"schemaVersion\"", "\"activites\": [], \"schemaVersion\"", StringComparison.Ordinal);

        var response = await client.PutAsync("/api/definitions/typo", DefinitionJson.Body(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("activites", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_and_body_id_mismatch_gets_400()
    {
        var client = await Factory.ClientForAsync("coordinator@astra.local");

        var response = await client.PutAsync("/api/definitions/one-id", DefinitionJson.Body(DefinitionJson.Valid("another-id")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/definitions/another-id")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/definitions/one-id")).StatusCode);
    }

    [Fact]
    public async Task Definition_id_outside_the_schema_pattern_is_a_validation_problem()
    {
        var client = await Factory.ClientForAsync("coordinator@astra.local");

        var response = await client.PutAsync("/api/definitions/Bad_Id", DefinitionJson.Body(DefinitionJson.Valid("Bad_Id")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single((await response.JsonAsync()).GetProperty("problems").EnumerateArray());
        Assert.Contains("Bad_Id", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case_manager_may_read_but_not_validate_save_or_publish()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        await coordinator.PutAsync("/api/definitions/guarded", DefinitionJson.Body(DefinitionJson.Valid("guarded")));
        var caseManager = await Factory.ClientForAsync("casemanager@astra.local");

        var put = await caseManager.PutAsync("/api/definitions/guarded", DefinitionJson.Body(DefinitionJson.Valid("guarded", "mine")));
        var publish = await caseManager.PostAsync("/api/definitions/guarded/publish", null);

        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(ProblemJson, put.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await caseManager.GetAsync("/api/definitions/guarded")).StatusCode);
        // Validating parses scripts and templates, so it is for the people who may save them (issue 13).
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.PostAsync("/api/definitions/validate", DefinitionJson.Body(DefinitionJson.Valid("guarded")))).StatusCode);
        var stored = await coordinator.GetJsonAsync("/api/definitions/guarded");
        Assert.Equal("first", DefinitionLifecycleTests.NoteText(stored.GetProperty("definition")));
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("publishedVersion").ValueKind);
    }

    [Fact]
    public async Task Admin_may_save()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var response = await admin.PutAsync("/api/definitions/by-admin", DefinitionJson.Body(DefinitionJson.Valid("by-admin")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_ids_get_404_problem_details()
    {
        var client = await Factory.ClientForAsync("coordinator@astra.local");
        await client.PutAsync("/api/definitions/exists", DefinitionJson.Body(DefinitionJson.Valid("exists")));

        var responses = new[]
        {
            await client.GetAsync("/api/definitions/nope"),
            await client.GetAsync("/api/definitions/nope/versions/1"),
            await client.GetAsync("/api/definitions/exists/versions/7"),
            await client.PostAsync("/api/definitions/nope/publish", null),
        };

        Assert.All(responses, r =>
        {
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
            Assert.Equal(ProblemJson, r.Content.Headers.ContentType?.MediaType);
        });
    }

    [Fact]
    public async Task Publish_without_a_draft_gets_409()
    {
        var client = await Factory.ClientForAsync("coordinator@astra.local");
        await client.PutAsync("/api/definitions/once", DefinitionJson.Body(DefinitionJson.Valid("once")));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/definitions/once/publish", null)).StatusCode);

        var again = await client.PostAsync("/api/definitions/once/publish", null);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(ProblemJson, again.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Validate_answers_200_with_the_verdict()
    {
        var client = await Factory.ClientForAsync("coordinator@astra.local");

        var valid = await (await client.PostAsync("/api/definitions/validate", DefinitionJson.Body(DefinitionJson.Valid("v")))).JsonAsync();
        var invalidResponse = await client.PostAsync("/api/definitions/validate", DefinitionJson.Body(DefinitionJson.Invalid("v")));
        var malformed = await client.PostAsync("/api/definitions/validate", DefinitionJson.Body("{"));

        Assert.True(valid.GetProperty("valid").GetBoolean());
        Assert.Empty(valid.GetProperty("problems").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, invalidResponse.StatusCode);
        var invalid = await invalidResponse.JsonAsync();
        Assert.False(invalid.GetProperty("valid").GetBoolean());
        Assert.True(invalid.GetProperty("problems").GetArrayLength() >= 4);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/definitions/v")).StatusCode);
    }
}
