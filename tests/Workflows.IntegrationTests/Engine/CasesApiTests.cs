using Astra.Workflows.Engine.Time;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Engine;

public sealed class CasesApiTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Cases_get_consecutive_pseudonymous_codes_of_the_year()
    {
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var year = OrganisationTime.Today(Factory.Clock).Year.ToString(CultureInfo.InvariantCulture);

        var first = await (await client.PostAsJsonAsync("/api/cases", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await client.PostAsJsonAsync("/api/cases", new { phase = "emergency" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal($"AS-{year}-0001", first.GetProperty("code").GetString());
        Assert.Equal($"AS-{year}-0002", second.GetProperty("code").GetString());
        Assert.Equal("identification", first.GetProperty("phase").GetString());
        Assert.Equal("emergency", second.GetProperty("phase").GetString());

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/cases/{first.GetProperty("id").GetGuid()}");
        Assert.Equal($"AS-{year}-0001", read.GetProperty("code").GetString());
        Assert.Equal(0, read.GetProperty("instances").GetArrayLength());
    }

    [Fact]
    public async Task Unknown_phase_is_a_400_naming_the_field_and_stores_nothing()
    {
        var client = await Factory.ClientForAsync("coordinator@astra.local");
        var response = await client.PostAsJsonAsync("/api/cases", new { phase = "limbo" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("phase", out _));
        var next = await (await client.PostAsJsonAsync("/api/cases", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith("-0001", next.GetProperty("code").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_case_is_404_and_lawyers_cannot_open_cases()
    {
        var lawyer = await Factory.ClientForAsync("lawyer@astra.local");
        Assert.Equal(HttpStatusCode.NotFound, (await lawyer.GetAsync($"/api/cases/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lawyer.PostAsJsonAsync("/api/cases", new { })).StatusCode);
    }
}
