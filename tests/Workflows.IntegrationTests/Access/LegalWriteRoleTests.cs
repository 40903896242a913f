using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.Lawyers.LawyerSteps;

namespace Astra.Workflows.IntegrationTests.Access;

/// <summary>
/// The role matrix of docs/security.md for legal work: the Director oversees (reads) but every write endpoint of
/// proceedings, hearings and deadlines answers 403 to them, and nothing changes.
/// </summary>
public sealed class LegalWriteRoleTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task The_director_reads_legal_work_but_every_write_endpoint_of_proceedings_hearings_and_deadlines_is_403()
    {
        var (caseId, _, proceedingId) = await OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var hearing = await ScheduleAsync(lawyer, proceedingId, Factory.Clock.GetUtcNow() + TimeSpan.FromDays(20));
        var hearingId = hearing.GetProperty("id").GetGuid();
        var today = OrganisationTime.Today(Factory.Clock);
        var created = await lawyer.PostAsJsonAsync($"/api/proceedings/{proceedingId}/deadlines", new { kind = "criminal-appeal", servedOn = today });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var deadlineId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var start = Iso(Factory.Clock.GetUtcNow() + TimeSpan.FromDays(30));
        var lawyerId = await UserIdAsync(Factory, Lawyer);

        var writes = new (string Method, string Path, object? Body)[]
        {
            ("POST", $"/api/cases/{caseId}/proceedings", new { kind = "civil", court = "Basic Court in Novi Sad", courtCaseNumber = "P-1/26", clientRole = "plaintiff", leadLawyerId = lawyerId, lawyerIds = Array.Empty<Guid>() }),
            ("POST", $"/api/proceedings/{proceedingId}/hearings", new { startsAt = start, kind = "mainTrial", room = "3" }),
            ("PUT", $"/api/hearings/{hearingId}", new { startsAt = start, kind = "mainTrial", room = "4" }),
            ("POST", $"/api/hearings/{hearingId}/cancel", null),
            ("POST", $"/api/proceedings/{proceedingId}/deadlines", new { kind = "criminal-appeal", servedOn = today }),
            ("POST", $"/api/deadlines/{deadlineId}/complete", null),
            ("POST", $"/api/deadlines/{deadlineId}/move", new { dueOn = today.AddDays(40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reason = "Court granted more time" }),
            ("POST", $"/api/deadlines/{deadlineId}/dismiss", new { reason = "Client withdrew" }),
        };

        var director = await Factory.ClientForAsync(Director);
        var wrong = new List<string>();
        foreach (var (method, path, body) in writes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : JsonContent.Create(body) };
            var response = await director.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                wrong.Add($"{method} {path} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(wrong);
        // Oversight still reads everything, and nothing above changed.
        var read = await director.GetFromJsonAsync<JsonElement>($"/api/hearings/{hearingId}");
        Assert.Equal("scheduled", read.GetProperty("status").GetString());
        Assert.Equal(1, read.GetProperty("revision").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync($"/api/proceedings/{proceedingId}")).StatusCode);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            Assert.Equal(1, await db.Proceedings.CountAsync(p => p.CaseId == caseId));
            Assert.Equal(1, await db.Hearings.CountAsync(h => h.ProceedingId == proceedingId));
            Assert.Equal("open", (await db.LegalDeadlines.SingleAsync(d => d.ProceedingId == proceedingId)).Status);
        }

        // The proceeding's lawyer still may.
        Assert.Equal(HttpStatusCode.OK, (await lawyer.PostAsync($"/api/deadlines/{deadlineId}/complete", null)).StatusCode);
    }
}
