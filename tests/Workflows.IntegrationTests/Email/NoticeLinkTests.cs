using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Privacy;
using static Astra.Workflows.IntegrationTests.Lawyers.LawyerSteps;

namespace Astra.Workflows.IntegrationTests.Email;

/// <summary>
/// Issue 18, item 7: the link of every notice e-mail names a page the web app has, the in-app notification carries the
/// same page, and the deadline behind a deadline e-mail can be read (need-to-know, audited).
/// </summary>
public sealed partial class NoticeLinkTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_deadline_escalation_links_to_its_deadline_which_the_recipient_reads_and_another_team_does_not()
    {
        var (caseId, code, proceedingId) = await OpenProceedingAsync(Factory);
        var today = OrganisationTime.Today(Factory.Clock);
        var created = await (await Factory.ClientForAsync(Lawyer)).PostAsJsonAsync($"/api/proceedings/{proceedingId}/deadlines", new { kind = "criminal-appeal", servedOn = today });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var deadlineId = body.GetProperty("id").GetGuid();
        var due = DateOnly.Parse(body.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Factory.Clock.Advance(OrganisationTime.FromLocal(due.AddDays(-3).ToDateTime(new TimeOnly(8, 1))) - Factory.Clock.GetUtcNow());

        var mail = await DispatchUntilMailAsync(Factory, Coordinator);

        Assert.Equal($"deadlines/{deadlineId:D}", LinkPath(mail.Text));
        var coordinator = await Factory.ClientForAsync(Coordinator);
        var notice = (await coordinator.GetFromJsonAsync<JsonElement>("/api/notifications")).EnumerateArray().First(n => n.GetProperty("kind").GetString() == "deadline-escalation");
        Assert.Equal($"deadlines/{deadlineId:D}", notice.GetProperty("link").GetString());

        var read = await coordinator.GetFromJsonAsync<JsonElement>($"/api/deadlines/{deadlineId}");
        Assert.Equal(caseId, read.GetProperty("caseId").GetGuid());
        Assert.Equal(code, read.GetProperty("deadline").GetProperty("caseCode").GetString());
        Assert.Contains(await PrivacyApi.AuditAsync(Factory, "deadline.read"), r => r.CaseId == caseId);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Factory.ClientForAsync(Lawyer2)).GetAsync($"/api/deadlines/{deadlineId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/deadlines/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_hearing_alert_links_to_its_hearing_and_the_bell_counts_and_clears_unread_notices()
    {
        var (_, _, proceedingId) = await OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var hearing = await ScheduleAsync(lawyer, proceedingId, Factory.Clock.GetUtcNow() + TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var hearingId = hearing.GetProperty("id").GetGuid();
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));

        var mail = await DispatchUntilMailAsync(Factory, Lawyer);

        Assert.Equal($"hearings/{hearingId:D}", LinkPath(mail.Text));
        var notices = await lawyer.GetFromJsonAsync<JsonElement>("/api/notifications?unread=true");
        Assert.Equal($"hearings/{hearingId:D}", Assert.Single(notices.EnumerateArray()).GetProperty("link").GetString());
        Assert.Equal(1, (await lawyer.GetFromJsonAsync<JsonElement>("/api/notifications/unread-count")).GetProperty("unread").GetInt32());
        Assert.Equal(0, (await (await Factory.ClientForAsync(Lawyer2)).GetFromJsonAsync<JsonElement>("/api/notifications/unread-count")).GetProperty("unread").GetInt32());

        var cleared = await lawyer.PostAsync("/api/notifications/read-all", null);

        Assert.Equal(1, (await cleared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("marked").GetInt32());
        Assert.Equal(0, (await lawyer.GetFromJsonAsync<JsonElement>("/api/notifications/unread-count")).GetProperty("unread").GetInt32());
        Assert.Empty((await lawyer.GetFromJsonAsync<JsonElement>("/api/notifications?unread=true")).EnumerateArray());
        Assert.Equal(0, (await (await lawyer.PostAsync("/api/notifications/read-all", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("marked").GetInt32());
    }

    /// <summary>The path of the one link in a notice e-mail, relative to the public URL.</summary>
    private static string LinkPath(string? text)
    {
        Assert.NotNull(text);
        var match = Assert.Single(LinkPattern().Matches(text));
        return new Uri(match.Value).AbsolutePath.TrimStart('/');
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
