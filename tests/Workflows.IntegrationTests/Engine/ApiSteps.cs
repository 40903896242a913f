using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Astra.Workflows.IntegrationTests.Engine;

internal static class ApiSteps
{
    public static async Task<(Guid Id, string Code)> OpenCaseAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/cases", new { });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("code").GetString()!);
    }

    public static async Task<JsonElement> StartAsync(HttpClient client, string definitionId, Guid? caseId)
    {
        var response = await client.PostAsJsonAsync("/api/instances", new { definitionId, caseId, input = new { } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<JsonElement> GetInstanceAsync(HttpClient client, Guid id) =>
        client.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");

    public static IEnumerable<string> Trail(JsonElement instance) =>
        instance.GetProperty("journal").EnumerateArray()
            .Where(j => j.GetProperty("kind").GetString() == "ActivityCompleted")
            .Select(j => j.GetProperty("activityId").GetString()!);
}
