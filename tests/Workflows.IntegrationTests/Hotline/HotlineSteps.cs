using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Hotline;

internal static class HotlineSteps
{
    public const string Operator = "operator@astra.local";

    public static async Task<JsonElement> LogAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/contacts", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<JsonElement> ContactAsync(HttpClient client, Guid id) => client.GetFromJsonAsync<JsonElement>($"/api/contacts/{id}");

    public static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    public static async Task PublishShippedAsync(AstraApiFactory factory)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "definitions"), "*.workflow.json"))
        {
            await TestDefinitions.PublishAsync(factory, await File.ReadAllTextAsync(file));
        }
    }
}
