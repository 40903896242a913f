using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Tasks;

internal static class TaskSteps
{
    public const string CaseManager = "casemanager@astra.local";
    public const string CaseManager2 = "casemanager2@astra.local";
    public const string Coordinator = "coordinator@astra.local";
    public const string Lawyer = "lawyer@astra.local";
    public const string Director = "director@astra.local";

    /// <summary>Publishes the assessment flow, opens a case and starts it; returns the case code and instance id.</summary>
    public static async Task<(string CaseCode, Guid InstanceId)> StartAssessmentAsync(AstraApiFactory factory, HttpClient client, bool publish = true)
    {
        if (publish)
        {
            await TestDefinitions.PublishAsync(factory, TaskFlows.Assessment);
        }

        var (caseId, code) = await ApiSteps.OpenCaseAsync(client);
        // The whole demo staff is on the team, so these tests exercise roles and holders, not need-to-know.
        var coordinator = await factory.ClientForAsync(Coordinator);
        var members = new List<object>();
        foreach (var email in new[] { CaseManager, CaseManager2, Lawyer })
        {
            members.Add(new { userId = (await (await factory.ClientForAsync(email)).GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid() });
        }

        (await coordinator.PutAsJsonAsync($"/api/cases/{caseId}/team", new { members })).EnsureSuccessStatusCode();
        var instance = await ApiSteps.StartAsync(client, "assessment", caseId);
        return (code, instance.GetProperty("id").GetGuid());
    }

    public static async Task<JsonElement> QueueAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/tasks?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    public static async Task<JsonElement> SingleAvailableAsync(HttpClient client) =>
        Assert.Single(Items(await QueueAsync(client, "queue=available")));

    public static Task<JsonElement> GetAsync(HttpClient client, Guid id) => client.GetFromJsonAsync<JsonElement>($"/api/tasks/{id}");

    public static Task<HttpResponseMessage> CompleteAsync(HttpClient client, Guid id, object body) =>
        client.PostAsJsonAsync($"/api/tasks/{id}/complete", body);

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string action, object? body = null) =>
        client.PostAsJsonAsync($"/api/tasks/{id}/{action}", body ?? new { });

    public static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }
}
