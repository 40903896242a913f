using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Referrals;

/// <summary>A <c>referral.send</c> in the designer's simulation: the partner's answer as the work that ends the wait.</summary>
public sealed class ReferralSimulationTests(AstraApiFactory factory) : ApiTest(factory)
{
    // Thursday 9 April 2026, 10:00 in Belgrade; Good Friday to Easter Monday (10–13 April) are not working days.
    private const string Thursday = "2026-04-09T08:00:00Z";

    [Fact]
    public async Task The_referral_waits_for_the_partner_until_its_working_day_deadline_and_the_chosen_answer_picks_the_path()
    {
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");

        var accepted = await SimulateAsync(coordinator, new Dictionary<string, object>());
        Assert.True(accepted.Any(s => Kind(s) == "taskCreated" && Activity(s) == "referCentre"), string.Join("\n", accepted.Select(s => s.ToString())));
        var centre = accepted.Single(s => Kind(s) == "taskCreated" && Activity(s) == "referCentre");
        Assert.Equal("referral.send", centre.GetProperty("activityType").GetString());
        Assert.Contains("stateCentre", centre.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("→ Accepted", centre.GetProperty("message").GetString(), StringComparison.Ordinal);
        // Respond within one working day from the Thursday before Easter: the end of Tuesday 14 April.
        Assert.Equal(OrganisationTime.EndOfDay(new DateOnly(2026, 4, 14)), centre.GetProperty("dueAt").GetDateTimeOffset());
        // Accepted: the centre has the referral, nobody has to refer by phone.
        Assert.DoesNotContain(accepted, s => Kind(s) == "taskCreated" && Activity(s) == "refer");

        var declined = await SimulateAsync(coordinator, new Dictionary<string, object> { ["referCentre"] = new { outcome = "Declined" } });
        Assert.Single(declined, s => Kind(s) == "taskCreated" && Activity(s) == "refer");

        // Answered late: the reminder to call the partner shows before the answer.
        var late = await SimulateAsync(coordinator, new Dictionary<string, object> { ["referCentre"] = new { outcome = "Expired", late = true } });
        Assert.Single(late, s => Kind(s) == "escalation" && Activity(s) == "referCentre");
        Assert.Single(late, s => Kind(s) == "taskCreated" && Activity(s) == "refer");
    }

    private static string? Kind(JsonElement step) => step.GetProperty("kind").GetString();

    private static string? Activity(JsonElement step) => step.TryGetProperty("activityId", out var id) ? id.GetString() : null;

    private static async Task<List<JsonElement>> SimulateAsync(HttpClient coordinator, Dictionary<string, object> choices)
    {
        var definition = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "definitions", "identification-emergency.workflow.json"))).RootElement;
        var response = await coordinator.PostAsJsonAsync("/api/definitions/simulate", new { definition, startAt = Thursday, input = new { }, choices });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("steps").EnumerateArray().ToList();
    }
}
