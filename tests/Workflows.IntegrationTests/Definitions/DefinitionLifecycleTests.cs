using System.Net;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Definitions;

public sealed class DefinitionLifecycleTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string Coordinator = "coordinator@astra.local";

    [Fact]
    public async Task Save_publish_save_publish_numbers_versions_and_keeps_the_published_one_running()
    {
        var client = await Factory.ClientForAsync(Coordinator);

        var draft1 = await (await client.PutAsync("/api/definitions/lifecycle", DefinitionJson.Body(DefinitionJson.Valid("lifecycle", "one")))).JsonAsync();
        Assert.Equal(1, draft1.GetProperty("version").GetInt32());
        Assert.Equal("Draft", draft1.GetProperty("status").GetString());

        var published1 = await client.PostAsync("/api/definitions/lifecycle/publish", null);
        Assert.Equal(HttpStatusCode.OK, published1.StatusCode);
        Assert.Equal(1, (await published1.JsonAsync()).GetProperty("version").GetInt32());

        var draft2 = await (await client.PutAsync("/api/definitions/lifecycle", DefinitionJson.Body(DefinitionJson.Valid("lifecycle", "two")))).JsonAsync();
        Assert.Equal(2, draft2.GetProperty("version").GetInt32());

        var between = await client.GetJsonAsync("/api/definitions/lifecycle");
        Assert.Equal(1, between.GetProperty("publishedVersion").GetInt32());
        Assert.Equal(2, between.GetProperty("draftVersion").GetInt32());
        Assert.Equal("one", NoteText(between.GetProperty("definition")));
        Assert.Equal(new[] { "Published", "Draft" }, between.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("status").GetString() ?? string.Empty).ToArray());

        var published2 = await (await client.PostAsync("/api/definitions/lifecycle/publish", null)).JsonAsync();
        Assert.Equal(2, published2.GetProperty("version").GetInt32());

        var after = await client.GetJsonAsync("/api/definitions/lifecycle");
        Assert.Equal(2, after.GetProperty("publishedVersion").GetInt32());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("draftVersion").ValueKind);
        Assert.Equal("two", NoteText(after.GetProperty("definition")));
        Assert.Equal("one", NoteText(await client.GetJsonAsync("/api/definitions/lifecycle/versions/1")));
        Assert.Equal("two", NoteText(await client.GetJsonAsync("/api/definitions/lifecycle/versions/2")));

        var list = await client.GetJsonAsync("/api/definitions");
        var summary = Assert.Single(list.EnumerateArray(), d => d.GetProperty("definitionId").GetString() == "lifecycle");
        Assert.Equal(2, summary.GetProperty("publishedVersion").GetInt32());
        Assert.False(summary.GetProperty("hasDraft").GetBoolean());
        Assert.Equal("Test lifecycle", summary.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Saving_twice_replaces_the_single_draft()
    {
        var client = await Factory.ClientForAsync(Coordinator);
        await client.PutAsync("/api/definitions/redraft", DefinitionJson.Body(DefinitionJson.Valid("redraft", "a")));
        var second = await (await client.PutAsync("/api/definitions/redraft", DefinitionJson.Body(DefinitionJson.Valid("redraft", "b")))).JsonAsync();

        Assert.Equal(1, second.GetProperty("version").GetInt32());
        var details = await client.GetJsonAsync("/api/definitions/redraft");
        Assert.Single(details.GetProperty("versions").EnumerateArray());
        Assert.Equal("b", NoteText(details.GetProperty("definition")));
        Assert.Equal(JsonValueKind.Null, details.GetProperty("publishedVersion").ValueKind);
    }

    [Fact]
    public async Task Publishing_unchanged_content_still_makes_a_new_version()
    {
        // Decision (ADR 0005): publish is an explicit act; an identical version is harmless and keeps numbering simple.
        var client = await Factory.ClientForAsync(Coordinator);
        await client.PutAsync("/api/definitions/same", DefinitionJson.Body(DefinitionJson.Valid("same")));
        await client.PostAsync("/api/definitions/same/publish", null);
        await client.PutAsync("/api/definitions/same", DefinitionJson.Body(DefinitionJson.Valid("same")));

        var published = await client.PostAsync("/api/definitions/same/publish", null);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(2, (await published.JsonAsync()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Concurrent_publishes_of_one_draft_make_one_version_and_one_409()
    {
        var client = await Factory.ClientForAsync(Coordinator);
        await client.PutAsync("/api/definitions/race", DefinitionJson.Body(DefinitionJson.Valid("race")));

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostAsync("/api/definitions/race/publish", null)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var details = await client.GetJsonAsync("/api/definitions/race");
        Assert.Single(details.GetProperty("versions").EnumerateArray());
    }

    [Fact]
    public async Task Concurrent_first_saves_never_fail_with_500_and_leave_one_draft()
    {
        var client = await Factory.ClientForAsync(Coordinator);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            client.PutAsync("/api/definitions/burst", DefinitionJson.Body(DefinitionJson.Valid("burst", $"n{i}")))));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var details = await client.GetJsonAsync("/api/definitions/burst");
        var version = Assert.Single(details.GetProperty("versions").EnumerateArray());
        Assert.Equal(1, version.GetProperty("version").GetInt32());
        Assert.Equal("Draft", version.GetProperty("status").GetString());
    }

    internal static string? NoteText(JsonElement definition) =>
        definition.GetProperty("activities").EnumerateArray()
            .Single(a => a.GetProperty("id").GetString() == "note")
            .GetProperty("inputs").GetProperty("text").GetString();
}
