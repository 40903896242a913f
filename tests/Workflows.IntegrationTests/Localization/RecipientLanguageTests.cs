using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Lawyers;
using static Astra.Workflows.IntegrationTests.Lawyers.LawyerSteps;

namespace Astra.Workflows.IntegrationTests.Localization;

/// <summary>E-mail and the calendar feed in the recipient's saved language and script (issue 21.3), read from the real SMTP sink.</summary>
public sealed partial class RecipientLanguageTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_lawyer_who_chose_Cyrillic_gets_the_hearing_alert_and_a_readable_feed_in_Cyrillic_with_the_case_code_in_Latin()
    {
        var lawyer = await Factory.ClientForAsync(Lawyer);
        Assert.Equal(HttpStatusCode.NoContent, (await lawyer.PutAsJsonAsync("/api/me/preferences", new { language = "sr-Cyrl" })).StatusCode);
        var coordinator = await Factory.ClientForAsync(Coordinator);
        var (caseId, code) = await ApiSteps.OpenCaseAsync(coordinator);
        var created = await coordinator.PostAsJsonAsync($"/api/cases/{caseId}/proceedings", new
        {
            kind = "criminal",
            court = "Viši sud u Beogradu",
            courtCaseNumber = "K-77/26",
            clientRole = "injuredParty",
            leadLawyerId = await UserIdAsync(Factory, Lawyer),
            lawyerIds = Array.Empty<Guid>(),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var proceedingId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await ScheduleAsync(lawyer, proceedingId, Factory.Clock.GetUtcNow() + TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1), notes: "Jelena Petrović");

        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var mail = await DispatchUntilMailAsync(Factory, Lawyer);
        Assert.StartsWith("[ASTRA] Рочиште", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(code, mail.Subject, StringComparison.Ordinal);
        Assert.Empty(LatinWords(mail.Subject + "\n" + mail.Text, code));

        var url = (await lawyer.GetFromJsonAsync<JsonElement>("/api/me/calendar-feed")).GetProperty("url").GetString()!;
        var raw = await Factory.CreateClient().GetStringAsync(new Uri(url).AbsolutePath);
        var feed = IcsReader.Parse(raw);
        var hearing = Assert.Single(feed.All("VEVENT"));
        Assert.Equal($"Главни претрес — {code}\\, Виши суд у Београду", hearing.Value("SUMMARY"));
        Assert.Equal("Виши суд у Београду", hearing.Value("LOCATION"));
        Assert.Equal("ASTRA рочишта и рокови", feed.Value("X-WR-CALNAME"));
        Assert.DoesNotContain("Petrović", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("K-77", raw, StringComparison.Ordinal);
    }

    /// <summary>Latin words of a text except the product name, the case code, links and e-mail addresses.</summary>
    private static List<string> LatinWords(string text, string code) =>
        Word().Matches(text).Select(m => m.Value.Trim('[', ']', '(', ')', ',', '.', ':', ';'))
            .Where(w => w != "ASTRA" && w != code && !w.Contains("://", StringComparison.Ordinal) && !w.Contains('@', StringComparison.Ordinal))
            .Where(w => w.Any(char.IsAsciiLetter))
            .ToList();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
