using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using static Astra.Workflows.IntegrationTests.Lawyers.LawyerSteps;

namespace Astra.Workflows.IntegrationTests.Lawyers;

public sealed class HearingReadTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_hearing_is_read_with_its_history_by_its_team_and_not_found_for_others()
    {
        var (_, code, proceedingId) = await OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var scheduled = await ScheduleAsync(lawyer, proceedingId, Factory.Clock.GetUtcNow() + TimeSpan.FromDays(10));
        var id = scheduled.GetProperty("id").GetGuid();
        var moved = await lawyer.PutAsJsonAsync($"/api/hearings/{id}", new { startsAt = Iso(Factory.Clock.GetUtcNow() + TimeSpan.FromDays(12)), kind = "mainTrial", room = "7", confirmNonWorkingDay = true });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        var read = await lawyer.GetFromJsonAsync<JsonElement>($"/api/hearings/{id}");
        Assert.Equal(code, read.GetProperty("caseCode").GetString());
        Assert.Equal("7", read.GetProperty("room").GetString());
        Assert.Equal(2, read.GetProperty("history").GetArrayLength());

        Assert.Equal(HttpStatusCode.NotFound, (await (await Factory.ClientForAsync(Lawyer2)).GetAsync($"/api/hearings/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lawyer.GetAsync($"/api/hearings/{Guid.NewGuid()}")).StatusCode);
    }
}
