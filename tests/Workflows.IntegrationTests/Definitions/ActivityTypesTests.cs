using System.Net;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Definitions;

public sealed class ActivityTypesTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Palette_lists_decision_with_its_outcomes_and_inputs()
    {
        var client = await Factory.ClientForAsync("casemanager@astra.local");

        var types = await client.GetJsonAsync("/api/activity-types");

        var decision = Assert.Single(types.EnumerateArray(), t => t.GetProperty("key").GetString() == "flow.decision");
        Assert.Equal(new[] { "True", "False" }, decision.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString() ?? string.Empty).ToArray());
        Assert.Equal("Flow", decision.GetProperty("category").GetString());
        Assert.False(string.IsNullOrEmpty(decision.GetProperty("displayName").GetString()));
        var condition = Assert.Single(decision.GetProperty("inputs").EnumerateArray());
        Assert.Equal("condition", condition.GetProperty("name").GetString());
        Assert.True(condition.GetProperty("required").GetBoolean());
        Assert.Equal(new[] { "expression" }, condition.GetProperty("syntax").EnumerateArray().Select(s => s.GetString() ?? string.Empty).ToArray());
        Assert.Contains(types.EnumerateArray(), t => t.GetProperty("key").GetString() == "flow.start" && t.GetProperty("isStart").GetBoolean());
    }

    [Fact]
    public async Task Palette_needs_a_signed_in_user()
    {
        var response = await Factory.CreateClient().GetAsync("/api/activity-types");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
