using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Tasks;

namespace Astra.Workflows.IntegrationTests.Cases;

/// <summary>Issue 18, item 10: the case list filters by team member and open overdue tasks, inside need-to-know.</summary>
public sealed class CaseListFilterTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Overdue_and_member_filters_narrow_the_list_and_never_show_another_teams_case()
    {
        var caseManager = await Factory.ClientForAsync(TaskSteps.CaseManager);
        var (withTask, _) = await TaskSteps.StartAssessmentAsync(Factory, caseManager);
        var (quietId, quietCode) = await ApiSteps.OpenCaseAsync(caseManager);
        var lawyerId = await IdAsync(TaskSteps.Lawyer);
        var caseManagerId = await IdAsync(TaskSteps.CaseManager);

        Assert.Empty(await CodesAsync(caseManager, "overdue=true"));
        Factory.Clock.Advance(TimeSpan.FromDays(7));
        // A week later the earlier sign-in has expired.
        caseManager = await Factory.ClientForAsync(TaskSteps.CaseManager);

        Assert.Equal([withTask], await CodesAsync(caseManager, "overdue=true"));
        Assert.Contains(quietCode, await CodesAsync(caseManager, "overdue=false"));
        var coordinator = await Factory.ClientForAsync(TaskSteps.Coordinator);
        Assert.Equal([withTask], await CodesAsync(coordinator, $"member={lawyerId}"));
        Assert.Equal([withTask], await CodesAsync(coordinator, $"member={lawyerId}&overdue=true&phase=identification"));
        // The second case manager names the first: only the case both are on, never the other one's own case.
        var colleague = await Factory.ClientForAsync(TaskSteps.CaseManager2);
        var named = await CodesAsync(colleague, $"member={caseManagerId}");
        Assert.Contains(withTask, named);
        Assert.DoesNotContain(quietCode, named);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/api/cases/{quietId}")).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await caseManager.GetAsync("/api/cases?member=someone")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await caseManager.GetAsync("/api/cases?overdue=perhaps")).StatusCode);
    }

    private async Task<Guid> IdAsync(string email) =>
        (await (await Factory.ClientForAsync(email)).GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();

    private static async Task<List<string>> CodesAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/cases?{query}")).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("code").GetString()!)];
}
