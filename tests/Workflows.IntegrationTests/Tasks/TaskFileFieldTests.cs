using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using static Astra.Workflows.IntegrationTests.CaseRecords.CaseRecordSteps;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Tasks;

/// <summary>Issue 18 item 4: a task form's file field finishes the task with a document uploaded to its case.</summary>
public sealed class TaskFileFieldTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string Retrieval = """
        {
          "schemaVersion": 1, "definitionId": "retrieve-poa", "name": "Retrieve power of attorney",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "poa", "type": "task.human", "inputs": {
                "taskType": "retrieve-poa", "title": "Power of attorney for {{ case.code }}", "role": "CaseManager",
                "form": [ { "name": "signed", "label": "Signed power of attorney", "type": "file", "kind": "powerOfAttorney", "required": true } ] } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [ { "from": "start", "to": "poa" }, { "from": "poa", "to": "end" } ]
        }
        """;

    [Fact]
    public async Task A_document_uploaded_for_the_task_completes_it_and_the_answer_holds_its_id()
    {
        var (client, caseId, task) = await OpenTaskAsync();
        var field = Assert.Single(task.GetProperty("form").EnumerateArray());
        Assert.Equal(("file", "powerOfAttorney"), (field.GetProperty("type").GetString(), field.GetProperty("kind").GetString()));

        var upload = await UploadAsync(client, caseId, Pdf("Punomocje"), "punomocje.pdf", "powerOfAttorney", taskId: Id(task));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var documentId = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var response = await CompleteWithAsync(client, task, new { signed = documentId });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var completed = await GetAsync(client, Id(task));
        Assert.Equal("completed", completed.GetProperty("status").GetString());
        Assert.Equal(documentId, completed.GetProperty("data").GetProperty("signed").GetGuid());
        var listed = Assert.Single((await client.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/documents")).EnumerateArray());
        Assert.Equal(Id(task), listed.GetProperty("taskId").GetGuid());
    }

    [Fact]
    public async Task A_document_of_another_case_a_deleted_one_another_kind_or_none_is_refused_naming_the_field()
    {
        var (client, caseId, task) = await OpenTaskAsync();
        var (otherCase, _) = await ApiSteps.OpenCaseAsync(client);
        var foreign = await UploadedAsync(client, otherCase, Pdf("other case"), "other.pdf", "powerOfAttorney");
        var wrongKind = await UploadedAsync(client, caseId, Pdf("decision"), "decision.pdf", "courtDecision");
        var deleted = await UploadedAsync(client, caseId, Pdf("withdrawn"), "withdrawn.pdf", "powerOfAttorney");
        Assert.True((await client.DeleteAsync($"/api/documents/{deleted}")).IsSuccessStatusCode);

        foreach (var answer in new object[] { foreign, wrongKind, deleted, Guid.NewGuid(), "not-an-id" })
        {
            var errors = await ErrorsAsync(await CompleteWithAsync(client, task, new { signed = answer }));
            Assert.True(errors.TryGetProperty("data.signed", out _), $"{answer}: {errors}");
        }

        var missing = await ErrorsAsync(await CompleteWithAsync(client, task, new { }));
        Assert.True(missing.TryGetProperty("data.signed", out _));
        Assert.Equal("open", (await GetAsync(client, Id(task))).GetProperty("status").GetString());
    }

    private async Task<(HttpClient Client, Guid CaseId, JsonElement Task)> OpenTaskAsync()
    {
        await TestDefinitions.PublishAsync(Factory, Retrieval);
        var client = await Factory.ClientForAsync(CaseManager);
        var (caseId, _) = await ApiSteps.OpenCaseAsync(client);
        await ApiSteps.StartAsync(client, "retrieve-poa", caseId);
        var task = Assert.Single(Items(await QueueAsync(client, $"queue=available&caseId={caseId}")));
        return (client, caseId, await GetAsync(client, Id(task)));
    }

    private static Guid Id(JsonElement task) => task.GetProperty("id").GetGuid();

    private static Task<HttpResponseMessage> CompleteWithAsync(HttpClient client, JsonElement task, object data) =>
        CompleteAsync(client, Id(task), new { data, revision = task.GetProperty("revision").GetInt32() });
}
