using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Lawyers;
using Astra.Workflows.IntegrationTests.Privacy;
using static Astra.Workflows.IntegrationTests.CaseRecords.CaseRecordSteps;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.CaseRecords;

/// <summary>Issue 18 item 8: the case page tells what people did, from every module, without engine steps or private text.</summary>
public sealed class CaseStoryTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task The_story_tells_the_task_with_its_answers_the_note_the_document_and_the_hearing_by_who_did_them()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (code, _) = await StartAssessmentAsync(Factory, manager);
        var caseId = (await manager.GetFromJsonAsync<JsonElement>("/api/cases")).GetProperty("items").EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();
        var taskId = (await SingleAvailableAsync(manager)).GetProperty("id").GetGuid();
        await PostAsync(manager, taskId, "claim");
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        (await CompleteAsync(manager, taskId, new { outcome = "Declined", data = new { court = "Belgrade", track = "medical" }, revision = 2 })).EnsureSuccessStatusCode();
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await NoteAsync(manager, caseId, "Secret note text that must stay out of the story");
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await UploadedAsync(manager, caseId, Pdf("decision"), "Petrovic-decision.pdf", "courtDecision");
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var proceeding = await coordinator.PostAsJsonAsync($"/api/cases/{caseId}/proceedings", new
        {
            kind = "criminal", court = "Viši sud u Beogradu", clientRole = "injuredParty", leadLawyerId = await LawyerSteps.UserIdAsync(Factory, "lawyer@astra.local"),
        });
        proceeding.EnsureSuccessStatusCode();
        var proceedingId = (await proceeding.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await LawyerSteps.ScheduleAsync(coordinator, proceedingId, Factory.Clock.GetUtcNow().AddDays(9));

        var raw = await manager.GetStringAsync($"/api/cases/{caseId}");
        Assert.DoesNotContain("Secret note text", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Petrovic-decision", raw, StringComparison.Ordinal);
        var body = JsonDocument.Parse(raw).RootElement;
        Assert.NotEmpty(body.GetProperty("timeline").EnumerateArray());
        var story = body.GetProperty("story").EnumerateArray().ToList();
        var keys = story.Select(e => e.GetProperty("key").GetString()).ToList();
        Assert.Equal(["story.hearingScheduled", "story.proceedingRegistered", "story.documentAdded", "story.noteAdded", "story.taskCompleted", "story.caseOpened"], keys);
        var times = story.Select(e => e.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderDescending(), times);

        var task = story[4];
        Assert.Equal("Demo Case Manager", task.GetProperty("actorName").GetString());
        Assert.Equal("Declined", task.GetProperty("args").GetProperty("outcome").GetString());
        Assert.Equal("Track: medical", task.GetProperty("args").GetProperty("answers").GetString());
        Assert.Equal("courtDecision", story[2].GetProperty("args").GetProperty("documentKind").GetString());
        Assert.Equal("Demo Case Manager", story[3].GetProperty("actorName").GetString());
        Assert.Equal("Viši sud u Beogradu", story[0].GetProperty("args").GetProperty("court").GetString());
        Assert.Equal("Demo Coordinator", story[0].GetProperty("actorName").GetString());
        Assert.True(story[0].GetProperty("args").TryGetProperty("startsAt", out _));
    }

    [Fact]
    public async Task Another_teams_case_manager_reads_no_story_of_the_case()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await PrivacyApi.CreateCaseAsync(manager, null);
        await NoteAsync(manager, caseId, "Team only");
        var other = await Factory.ClientForAsync("casemanager2@astra.local");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{caseId}")).StatusCode);
    }
}
