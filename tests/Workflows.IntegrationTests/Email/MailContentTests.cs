using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Modules.Notifications.Outbox;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Email;

/// <summary>Issue 13 item 8: whatever a workflow author puts in a title or description, it never reaches an e-mail.</summary>
public sealed class MailContentTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string Marker = "HIV test positive, PEP started QX7731";

    /// <summary>The second task's title and description render the first task's form data.</summary>
    private const string LeakyTitles = """
        {
          "schemaVersion": 1, "definitionId": "leaky-titles", "name": "Leaky titles",
          "inputs": [ { "name": "assignee", "required": true } ],
          "variables": [ { "name": "t1" } ],
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "t1", "type": "task.human", "inputs": {
                "taskType": "pretest-counselling", "title": "Testing for {{ case.code }}",
                "assignee": { "js": "input.assignee" }, "due": "P3D", "escalations": [],
                "form": [ { "name": "result", "label": "Result", "type": "text", "required": true } ],
                "resultVariable": "t1" } },
            { "id": "t2", "type": "task.human", "inputs": {
                "taskType": "needs-assessment", "title": "Follow-up: {{ vars.t1.result }}",
                "description": "Result was {{ vars.t1.result }}",
                "assignee": { "js": "input.assignee" }, "due": "P3D", "escalations": [] } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [ { "from": "start", "to": "t1" }, { "from": "t1", "to": "t2" }, { "from": "t2", "to": "end" } ]
        }
        """;

    [Fact]
    public async Task A_title_rendering_form_data_never_reaches_an_email_which_carries_the_kind_label_in_the_recipients_language()
    {
        await TestDefinitions.PublishAsync(Factory, LeakyTitles);
        var manager = await Factory.ClientForAsync(CaseManager);
        var managerId = (await manager.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await manager.PutAsJsonAsync("/api/me/preferences", new { language = "sr-Cyrl" })).StatusCode);
        var (caseId, code) = await ApiSteps.OpenCaseAsync(manager);
        var started = await manager.PostAsJsonAsync("/api/instances", new { definitionId = "leaky-titles", caseId, input = new { assignee = managerId } });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);

        var first = Assert.Single(Items(await QueueAsync(manager, "queue=mine")));
        var done = await CompleteAsync(manager, first.GetProperty("id").GetGuid(), new { data = new { result = Marker }, revision = first.GetProperty("revision").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var second = Assert.Single(Items(await QueueAsync(manager, "queue=mine")));
        // The task itself (inside need-to-know) still shows what the author wrote.
        Assert.Contains(Marker, second.GetProperty("title").GetString(), StringComparison.Ordinal);

        var mails = await DispatchUntilAsync(2);
        foreach (var mail in mails)
        {
            var whole = mail.Subject + "\n" + mail.Text + "\n" + mail.Html;
            Assert.DoesNotContain("QX7731", whole, StringComparison.Ordinal);
            Assert.DoesNotContain("HIV", whole, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Follow-up", whole, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Testing for", whole, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(code, mail.Subject, StringComparison.Ordinal);
            Assert.Contains("Додељен вам је задатак", mail.Subject, StringComparison.Ordinal);
        }

        // A catalogued kind gets its label; a kind whose name is itself health detail gets the generic one.
        Assert.Contains(mails, m => m.Text!.Contains("Задатак: Процена потреба", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.Text!.Contains("Задатак: Општи задатак", StringComparison.Ordinal) && !m.Text.Contains("counselling", StringComparison.OrdinalIgnoreCase));

        // In-app notices carry the same fixed text.
        var notices = await manager.GetFromJsonAsync<JsonElement>("/api/notifications");
        Assert.Equal(2, notices.GetArrayLength());
        Assert.DoesNotContain(notices.EnumerateArray(), n => n.GetRawText().Contains("QX7731", StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<CaughtMail>> DispatchUntilAsync(int count)
    {
        var outbox = Factory.Services.GetRequiredService<OutboxDispatcher>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await outbox.DispatchDueAsync(CancellationToken.None);
            var mails = (await Factory.Smtp.MessagesAsync()).Where(m => m.To.Any(a => string.Equals(a.Address, CaseManager, StringComparison.OrdinalIgnoreCase))).ToList();
            if (mails.Count >= count)
            {
                return mails;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Fewer than {count} e-mails to {CaseManager}.");
    }
}
