using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.IntegrationTests.Infrastructure;
using static Astra.Workflows.IntegrationTests.Lawyers.LawyerSteps;

namespace Astra.Workflows.IntegrationTests.Lawyers;

public sealed class CalendarFeedTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string Secret = "Jelena Petrović, trafficking victim";

    [Fact]
    public async Task Lawyer2_does_not_see_lawyers_hearings_in_the_api_nor_in_the_feed()
    {
        var (_, code, proceedingId) = await OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var startsAt = Factory.Clock.GetUtcNow().AddDays(20);
        var id = (await ScheduleAsync(lawyer, proceedingId, startsAt, Secret)).GetProperty("id").GetGuid();
        var lawyer2 = await Factory.ClientForAsync(Lawyer2);

        Assert.Empty((await lawyer2.GetFromJsonAsync<JsonElement>("/api/hearings")).EnumerateArray());
        Assert.Empty((await lawyer2.GetFromJsonAsync<JsonElement>("/api/hearings?mine=true")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await lawyer2.GetAsync($"/api/proceedings/{proceedingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lawyer2.PostAsync($"/api/hearings/{id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lawyer2.PostAsJsonAsync($"/api/proceedings/{proceedingId}/hearings", new { startsAt = Iso(startsAt), kind = "other" })).StatusCode);
        var feed2 = await FeedAsync(lawyer2);
        Assert.Empty(feed2.All("VEVENT"));

        var mine = await lawyer.GetFromJsonAsync<JsonElement>($"/api/hearings?mine=true&from={Uri.EscapeDataString(Iso(startsAt.AddDays(-1)))}&to={Uri.EscapeDataString(Iso(startsAt.AddDays(1)))}");
        Assert.Equal(id, Assert.Single(mine.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Empty((await lawyer.GetFromJsonAsync<JsonElement>($"/api/hearings?mine=true&from={Uri.EscapeDataString(Iso(startsAt.AddDays(1)))}")).EnumerateArray());
        var proceeding = await lawyer.GetFromJsonAsync<JsonElement>($"/api/proceedings/{proceedingId}");
        Assert.Equal(await UserIdAsync(Factory, Lawyer), proceeding.GetProperty("leadLawyerId").GetGuid());
        var feed = await FeedAsync(lawyer);
        var hearing = Assert.Single(feed.All("VEVENT"));
        Assert.Equal($"hearing-{id:D}@astra-workflows", hearing.Value("UID"));
        Assert.Contains(code, hearing.Value("SUMMARY"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_has_stable_uids_alarms_case_code_and_court_only_and_rotating_retires_the_old_url()
    {
        var (_, code, proceedingId) = await OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var startsAt = Factory.Clock.GetUtcNow().AddDays(20);
        var id = (await ScheduleAsync(lawyer, proceedingId, startsAt, Secret)).GetProperty("id").GetGuid();
        var deadline = await lawyer.PostAsJsonAsync($"/api/proceedings/{proceedingId}/deadlines", new { kind = "civil-appeal", servedOn = OrganisationTime.Today(Factory.Clock) });
        var dueOn = DateOnly.Parse((await deadline.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture);
        var newStart = startsAt.AddDays(5);
        Assert.Equal(HttpStatusCode.OK, (await lawyer.PutAsJsonAsync($"/api/hearings/{id}", new { startsAt = Iso(newStart), kind = "mainTrial", room = "7", notes = Secret, confirmNonWorkingDay = true })).StatusCode);

        var url = (await lawyer.GetFromJsonAsync<JsonElement>("/api/me/calendar-feed")).GetProperty("url").GetString()!;
        var raw = await Factory.CreateClient().GetStringAsync(new Uri(url).AbsolutePath);
        var feed = IcsReader.Parse(raw);

        Assert.Equal("2.0", feed.Value("VERSION"));
        var events = feed.All("VEVENT").ToList();
        Assert.Equal(2, events.Count);
        var hearing = Assert.Single(events, e => e.Value("UID") == $"hearing-{id:D}@astra-workflows");
        Assert.Equal(newStart.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture), hearing.Value("DTSTART"));
        Assert.Equal("2", hearing.Value("SEQUENCE"));
        Assert.Equal(["-P14D", "-P7D", "-P2D", "-P1D"], hearing.All("VALARM").Select(a => a.Value("TRIGGER")));
        Assert.All(hearing.All("VALARM"), a => Assert.Equal("DISPLAY", a.Value("ACTION")));
        Assert.Contains(code, hearing.Value("SUMMARY"), StringComparison.Ordinal);
        Assert.Equal("Higher Court in Belgrade", hearing.Value("LOCATION"));
        var due = Assert.Single(events, e => e.Value("UID")!.StartsWith("deadline-", StringComparison.Ordinal));
        Assert.Equal(dueOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture), due.Value("DTSTART"));
        Assert.Equal("DATE", due.Properties.Single(p => p.Name == "DTSTART").Parameters["VALUE"]);
        Assert.Equal(2, due.All("VALARM").Count());
        foreach (var leak in new[] { "Petrović", "Jelena", "victim", "trafficking", "K-123" })
        {
            Assert.DoesNotContain(leak, raw, StringComparison.OrdinalIgnoreCase);
        }

        var rotated = await lawyer.PostAsync("/api/me/calendar-feed/rotate", null);
        var newUrl = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        Assert.NotEqual(url, newUrl);
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.CreateClient().GetAsync(new Uri(url).AbsolutePath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Factory.CreateClient().GetAsync(new Uri(newUrl).AbsolutePath)).StatusCode);
    }

    [Fact]
    public async Task A_disabled_accounts_feed_answers_404()
    {
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var path = new Uri((await lawyer.GetFromJsonAsync<JsonElement>("/api/me/calendar-feed")).GetProperty("url").GetString()!).AbsolutePath;
        Assert.Equal(HttpStatusCode.OK, (await Factory.CreateClient().GetAsync(path)).StatusCode);

        var admin = await Factory.ClientForAsync("admin@astra.local");
        Assert.True((await admin.PostAsync($"/api/admin/users/{await UserIdAsync(Factory, Lawyer)}/disable", null)).IsSuccessStatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await Factory.CreateClient().GetAsync(path)).StatusCode);
    }

    private async Task<IcsComponent> FeedAsync(HttpClient client)
    {
        var url = (await client.GetFromJsonAsync<JsonElement>("/api/me/calendar-feed")).GetProperty("url").GetString()!;
        var response = await Factory.CreateClient().GetAsync(new Uri(url).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return IcsReader.Parse(await response.Content.ReadAsStringAsync());
    }
}
