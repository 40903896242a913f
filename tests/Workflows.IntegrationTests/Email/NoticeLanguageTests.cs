using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Email;

/// <summary>Issue 21 item 2: the bell lists a notice in the language the reader's page is in, not only the one saved when it was written.</summary>
public sealed class NoticeLanguageTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string OneTask = """
        {
          "schemaVersion": 1, "definitionId": "notice-languages", "name": "Notice languages",
          "inputs": [ { "name": "assignee", "required": true } ],
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "t1", "type": "task.human", "inputs": {
                "taskType": "needs-assessment", "title": "Assess needs",
                "assignee": { "js": "input.assignee" }, "due": "P3D", "escalations": [] } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [ { "from": "start", "to": "t1" }, { "from": "t1", "to": "end" } ]
        }
        """;

    [Fact]
    public async Task A_notice_written_for_a_Cyrillic_reader_lists_in_the_language_the_page_asks_for_and_in_the_saved_one_otherwise()
    {
        await TestDefinitions.PublishAsync(Factory, OneTask);
        var manager = await Factory.ClientForAsync(CaseManager);
        var managerId = (await manager.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await manager.PutAsJsonAsync("/api/me/preferences", new { language = "sr-Cyrl" })).StatusCode);
        var (caseId, code) = await ApiSteps.OpenCaseAsync(manager);
        var started = await manager.PostAsJsonAsync("/api/instances", new { definitionId = "notice-languages", caseId, input = new { assignee = managerId } });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);

        // Without a language from the page, the saved one (read at sign-in) applies.
        Assert.Equal($"[ASTRA] Додељен вам је задатак: {code}", await NoticeTextAsync(await Factory.ClientForAsync(CaseManager), null));
        Assert.Equal($"[ASTRA] Task assigned to you: {code}", await NoticeTextAsync(manager, "en"));
        Assert.Equal($"[ASTRA] Dodeljen vam je zadatak: {code}", await NoticeTextAsync(manager, "sr-Latn"));
        Assert.Equal($"[ASTRA] Додељен вам је задатак: {code}", await NoticeTextAsync(manager, "sr-Cyrl"));
    }

    private static async Task<string?> NoticeTextAsync(HttpClient client, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notifications");
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        return notice.GetProperty("text").GetString();
    }
}
