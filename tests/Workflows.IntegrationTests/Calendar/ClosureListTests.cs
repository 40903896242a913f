using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Calendar;

public sealed class ClosureListTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Every_signed_in_user_lists_closures_by_date_optionally_for_one_year()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");
        foreach (var (date, reason) in new[] { ("2027-12-31", "Year-end closure"), ("2026-08-14", "Team retreat"), ("2027-01-05", "Office move") })
        {
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/calendar/closures", new { date, reason })).StatusCode);
        }

        var lawyer = await Factory.ClientForAsync("lawyer@astra.local");
        var all = await lawyer.GetFromJsonAsync<JsonElement>("/api/calendar/closures");
        Assert.Equal(["2026-08-14", "2027-01-05", "2027-12-31"], all.EnumerateArray().Select(c => c.GetProperty("date").GetString()));
        Assert.Equal("Team retreat", all[0].GetProperty("reason").GetString());

        var year = await lawyer.GetFromJsonAsync<JsonElement>("/api/calendar/closures?year=2027");
        Assert.Equal(["2027-01-05", "2027-12-31"], year.EnumerateArray().Select(c => c.GetProperty("date").GetString()));

        var bad = await lawyer.GetAsync("/api/calendar/closures?year=99999");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("year", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Factory.CreateClient().GetAsync("/api/calendar/closures")).StatusCode);
    }
}
