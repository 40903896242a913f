using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Definitions;

/// <summary><c>GET /api/definitions/{id}/versions</c>: the history the designer diffs (bodies from <c>/versions/{v}</c>).</summary>
public sealed class DefinitionVersionsApiTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Versions_are_listed_newest_first_with_status_dates_and_who_saved_them()
    {
        var client = await Factory.ClientForAsync("coordinator@astra.local");
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync("/api/definitions/history", DefinitionJson.Body(DefinitionJson.Valid("history", "one")))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/definitions/history/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync("/api/definitions/history", DefinitionJson.Body(DefinitionJson.Valid("history", "two")))).StatusCode);

        var versions = (await client.GetFromJsonAsync<JsonElement>("/api/definitions/history/versions")).EnumerateArray().ToList();

        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(["Draft", "Published"], versions.Select(v => v.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, versions[0].GetProperty("publishedAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, versions[1].GetProperty("publishedAt").ValueKind);
        var savedBy = versions[1].GetProperty("savedBy");
        Assert.Equal("user", savedBy.GetProperty("kind").GetString());
        Assert.Equal(me.GetProperty("id").GetString(), savedBy.GetProperty("id").GetString());
        Assert.Equal("Demo Coordinator", savedBy.GetProperty("displayName").GetString());
        Assert.NotEqual(JsonValueKind.Null, versions[1].GetProperty("savedAt").ValueKind);
        var body = await client.GetFromJsonAsync<JsonElement>("/api/definitions/history/versions/1");
        Assert.Equal("history", body.GetProperty("definitionId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/definitions/nope/versions")).StatusCode);
    }
}
