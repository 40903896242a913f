using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Privacy;
using static Astra.Workflows.IntegrationTests.CaseRecords.CaseRecordSteps;

namespace Astra.Workflows.IntegrationTests.CaseRecords;

/// <summary>Issue 18 item 3: notes by the team, read by the team and coordinators, every read audited, corrections append.</summary>
public sealed class CaseNotesTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task The_team_writes_and_corrects_notes_the_coordinator_reads_them_and_every_read_is_audited()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var (caseId, code) = await PrivacyApi.CreateCaseAsync(manager, null);

        var first = await NoteAsync(manager, caseId, "Client reports headaches since the transfer; GP visit Tuesday.");
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var correction = await NoteAsync(manager, caseId, "Client reports headaches since the transfer; GP visit Wednesday.", first);
        var again = await manager.PostAsJsonAsync($"/api/cases/{caseId}/notes", new { text = "A second correction of the same note", corrects = first });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var notes = await coordinator.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/notes");
        var list = notes.EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        Assert.Equal(correction, list[0].GetProperty("id").GetGuid());
        Assert.True(list[0].GetProperty("current").GetBoolean());
        Assert.Equal(first, list[0].GetProperty("corrects").GetGuid());
        Assert.Equal("Demo Case Manager", list[0].GetProperty("writtenByName").GetString());
        Assert.EndsWith("Wednesday.", list[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        // The original is kept, marked as corrected, never overwritten.
        Assert.False(list[1].GetProperty("current").GetBoolean());
        Assert.Equal(correction, list[1].GetProperty("correctedBy").GetGuid());
        Assert.EndsWith("Tuesday.", list[1].GetProperty("text").GetString(), StringComparison.Ordinal);

        (await manager.GetAsync($"/api/cases/{caseId}/notes")).EnsureSuccessStatusCode();
        var reads = await PrivacyApi.AuditAsync(Factory, "note.list");
        Assert.Equal(2, reads.Count);
        Assert.All(reads, r => Assert.Equal(code, r.CaseCode));
        Assert.Equal([await PrivacyApi.MeAsync(coordinator), await PrivacyApi.MeAsync(manager)], reads.Select(r => r.UserId!.Value));
        var writes = await PrivacyApi.AuditAsync(Factory, "note.write");
        Assert.Equal(2, writes.Count);
        Assert.Equal($"corrects {first:D}", writes[1].Reason);
    }

    [Fact]
    public async Task Another_teams_case_manager_and_a_director_off_the_team_get_404_for_the_notes()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await PrivacyApi.CreateCaseAsync(manager, null);
        await NoteAsync(manager, caseId, "Only the team reads this.");
        var other = await Factory.ClientForAsync("casemanager2@astra.local");
        var director = await Factory.ClientForAsync("director@astra.local");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{caseId}/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/cases/{caseId}/notes", new { text = "Not mine to write" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync($"/api/cases/{caseId}/notes")).StatusCode);
        Assert.Empty(await PrivacyApi.AuditAsync(Factory, "note.list"));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task A_note_without_text_is_refused_naming_the_field(string? text)
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var (caseId, _) = await PrivacyApi.CreateCaseAsync(manager, null);
        var response = await manager.PostAsJsonAsync($"/api/cases/{caseId}/notes", new { text });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("text", out _));
        var tooLong = await manager.PostAsJsonAsync($"/api/cases/{caseId}/notes", new { text = new string('x', 4001) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }
}
