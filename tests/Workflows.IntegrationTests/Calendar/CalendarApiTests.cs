using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Calendar;

public sealed class CalendarApiTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Holidays_of_2026_include_Orthodox_Easter_and_the_moved_Statehood_Day()
    {
        var client = await Factory.ClientForAsync("casemanager@astra.local");

        var body = await client.GetFromJsonAsync<JsonElement>("/api/calendar/holidays?year=2026");

        var dates = body.GetProperty("holidays").EnumerateArray().Select(h => h.GetProperty("date").GetString()).ToList();
        Assert.Contains("2026-04-10", dates);
        Assert.Contains("2026-04-13", dates);
        Assert.Contains("2026-02-17", dates);
        Assert.Contains("2026-11-11", dates);
    }

    [Fact]
    public async Task Working_days_skip_Easter_and_a_closure_an_admin_adds()
    {
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var admin = await Factory.ClientForAsync("admin@astra.local");

        var before = await manager.GetFromJsonAsync<JsonElement>("/api/calendar/add-working-days?from=2026-04-09&days=2");
        Assert.Equal("2026-04-15", before.GetProperty("date").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync("/api/calendar/closures", new { date = "2026-04-14", reason = "Team retreat" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/calendar/closures", new { date = "2026-04-14", reason = "Team retreat" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/api/calendar/closures", new { date = "2026-04-14", reason = "Again" })).StatusCode);

        var after = await manager.GetFromJsonAsync<JsonElement>("/api/calendar/add-working-days?from=2026-04-09&days=2");
        Assert.Equal("2026-04-16", after.GetProperty("date").GetString());
        var listed = await manager.GetFromJsonAsync<JsonElement>("/api/calendar/holidays?year=2026");
        Assert.Equal("2026-04-14", Assert.Single(listed.GetProperty("closures").EnumerateArray()).GetProperty("date").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/calendar/closures/2026-04-14")).StatusCode);
        var restored = await manager.GetFromJsonAsync<JsonElement>("/api/calendar/add-working-days?from=2026-04-09&days=2");
        Assert.Equal("2026-04-15", restored.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Bad_calendar_input_is_a_400_naming_the_field()
    {
        var client = await Factory.ClientForAsync("casemanager@astra.local");

        var badFrom = await client.GetAsync("/api/calendar/add-working-days?from=09.04.2026&days=2");
        var badYear = await client.GetAsync("/api/calendar/holidays?year=20260");

        Assert.Equal(HttpStatusCode.BadRequest, badFrom.StatusCode);
        Assert.True((await badFrom.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("from", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
        Assert.True((await badYear.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("year", out _));
    }
}
