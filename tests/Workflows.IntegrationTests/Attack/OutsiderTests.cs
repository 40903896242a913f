using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Lawyers;
using Astra.Workflows.IntegrationTests.Referrals;
using Xunit.Abstractions;

namespace Astra.Workflows.IntegrationTests.Attack;

/// <summary>
/// Need-to-know, generated from the OpenAPI document: a case is worked by a team (casemanager2, lawyer2, coordinator)
/// and holds one of everything — a proceeding, hearing, deadline, note, document, referral, instance, task and a saved
/// task view. Users of every role outside that team call every operation with those ids (with a body that would pass
/// validation) and every list and search: no answer is a success, and no list carries any of the ids.
/// </summary>
public sealed class OutsiderTests(AstraApiFactory factory, ITestOutputHelper output) : ApiTest(factory)
{
    private static readonly string[] Outsiders = ["casemanager@astra.local", "lawyer@astra.local", "operator@astra.local", "reporting@astra.local"];

    [Fact]
    public async Task No_user_outside_a_cases_team_reads_changes_or_lists_anything_of_it()
    {
        var ids = await OtherTeamsCaseAsync();
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var document = await admin.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = OpenApiOperation.Read(document).Where(o => !o.Template.StartsWith("/api/admin/", StringComparison.Ordinal)).ToList();
        var secrets = ids.Values.Select(v => v.ToString()).ToList();

        var leaks = new List<string>();
        var sent = 0;
        foreach (var user in Outsiders)
        {
            foreach (var operation in operations)
            {
                var kind = KindOf(operation.Template);
                var isList = !operation.Template.Contains('{', StringComparison.Ordinal) && (operation.Method == "GET" || operation.Template.EndsWith("/search", StringComparison.Ordinal));
                if (kind is null && !isList)
                {
                    continue;
                }

                var path = kind is null ? operation.Template : Fill(operation.Template, ids[kind]);
                var client = await Factory.ClientForAsync(user);
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
                if (operation.Body is { } schema)
                {
                    request.Content = new StringContent(OpenApiOperation.Sample(document, schema)?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);
                sent++;
                var text = await response.Content.ReadAsStringAsync();
                if (kind is not null && response.IsSuccessStatusCode)
                {
                    leaks.Add($"{user} {operation.Method} {operation.Template} ({kind} of another team) → {(int)response.StatusCode}: {Short(text)}");
                }
                else if (kind is null && secrets.FirstOrDefault(s => text.Contains(s, StringComparison.OrdinalIgnoreCase)) is { } secret)
                {
                    leaks.Add($"{user} {operation.Method} {path} → {(int)response.StatusCode} names {ids.Single(i => i.Value.ToString() == secret).Key} {secret}");
                }
            }
        }

        output.WriteLine($"{sent} requests by {Outsiders.Length} outsiders, {leaks.Count} leaks.");
        Assert.True(leaks.Count == 0, $"{leaks.Count} leaks:\n" + string.Join('\n', leaks));
    }

    private static string? KindOf(string template) => template.Split('/') switch
    {
        [_, "api", "cases", "{caseId}" or "{id}", ..] => "case",
        [_, "api", var collection, "{id}", ..] => collection switch
        {
            "proceedings" => "proceeding",
            "hearings" => "hearing",
            "deadlines" => "deadline",
            "referrals" => "referral",
            "documents" => "document",
            "instances" => "instance",
            "tasks" => "task",
            "task-views" => "taskView",
            _ => null,
        },
        _ => null,
    };

    private static string Fill(string template, Guid id) => template
        .Replace("{caseId}", id.ToString(), StringComparison.Ordinal)
        .Replace("{id}", id.ToString(), StringComparison.Ordinal)
        .Replace("{purpose}", "sharing-health", StringComparison.Ordinal);

    /// <summary>A case with one of everything, worked by casemanager2, lawyer2 and a coordinator only.</summary>
    private async Task<Dictionary<string, Guid>> OtherTeamsCaseAsync()
    {
        await TestDefinitions.PublishAsync(Factory, Tasks.TaskFlows.Assessment);
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var other = await Factory.ClientForAsync("casemanager2@astra.local");
        var (caseId, _, proceedingId) = await LawyerSteps.OpenProceedingAsync(Factory, LawyerSteps.Lawyer2);
        var lawyer2 = await Factory.ClientForAsync(LawyerSteps.Lawyer2);
        var members = new[] { await LawyerSteps.UserIdAsync(Factory, "casemanager2@astra.local"), await LawyerSteps.UserIdAsync(Factory, LawyerSteps.Lawyer2) };
        await Ok(await coordinator.PutAsJsonAsync($"/api/cases/{caseId}/team", new { members = members.Select(m => new { userId = m }) }));

        var hearing = await LawyerSteps.ScheduleAsync(lawyer2, proceedingId, Factory.Clock.GetUtcNow().AddDays(20));
        var kind = (await lawyer2.GetFromJsonAsync<JsonElement>("/api/legal-deadline-kinds"))[0].GetProperty("key").GetString();
        var deadline = await Ok(await lawyer2.PostAsJsonAsync($"/api/proceedings/{proceedingId}/deadlines", new { kind, servedOn = Factory.Clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }));
        var note = await CaseRecords.CaseRecordSteps.NoteAsync(other, caseId, "Written by the other team");
        var documentId = await CaseRecords.CaseRecordSteps.UploadedAsync(other, caseId, CaseRecords.CaseRecordSteps.Pdf("other team"), "other.pdf");
        await ReferralSteps.GiveConsentAsync(other, caseId, "sharing-health", Factory);
        var referral = await Ok(await ReferralSteps.SendAsync(other, caseId, await ReferralSteps.ClinicIdAsync(Factory)));
        var instance = await ApiSteps.StartAsync(other, "assessment", caseId);
        var task = (await other.GetFromJsonAsync<JsonElement>($"/api/tasks?queue=available&caseId={caseId}")).GetProperty("items")[0];
        var view = await Ok(await other.PostAsJsonAsync("/api/task-views", new { name = "Other team's view", queue = "mine" }));

        return new Dictionary<string, Guid>
        {
            ["case"] = caseId,
            ["proceeding"] = proceedingId,
            ["hearing"] = hearing.GetProperty("id").GetGuid(),
            ["deadline"] = deadline.GetProperty("id").GetGuid(),
            ["note"] = note,
            ["document"] = documentId,
            ["referral"] = referral.GetProperty("id").GetGuid(),
            ["instance"] = instance.GetProperty("id").GetGuid(),
            ["task"] = task.GetProperty("id").GetGuid(),
            ["taskView"] = view.GetProperty("id").GetGuid(),
        };
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string Short(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
