using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.IntegrationTests.Lawyers;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Scenarios;

/// <summary>
/// Issue 20: work before a date lands on a working day. Orthodox Easter 2027 is Sunday 2 May: Good Friday 30 April,
/// Labour Day on Saturday 1 and Sunday 2 May, Easter Monday 3 May, and Tuesday 4 May freed for Labour Day's Sunday.
/// </summary>
public sealed class WorkingDayDueTests(AstraApiFactory factory) : ApiTest(factory)
{
    private static readonly string[] Preparation = ["arrange-escort", "book-interpreter", "prepare-client", "protective-measures"];

    [Theory]
    [InlineData("2027-03-08", "2027-03-04")] // a Monday hearing: prepared by Thursday, not by the Saturday before
    [InlineData("2027-05-04", "2027-04-28")] // the Tuesday after Orthodox Easter: before Good Friday, not on Easter Monday
    public async Task Hearing_preparation_is_due_two_working_days_before_the_hearing(string hearingDay, string expectedDue)
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("court-proceedings", asUser: LawyerSteps.Lawyer);
        await s.CompleteAsync("register-proceeding", data: new { court = "Higher Court (fictional)", caseNumber = "K 20/27", clientRole = "injured party", kind = "criminal" });
        var proceedingId = await OpenProceedingAsync(s);

        var day = DateOnly.ParseExact(hearingDay, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        await LawyerSteps.ScheduleAsync(await Factory.ClientForAsync(LawyerSteps.Lawyer), proceedingId, OrganisationTime.FromLocal(day.ToDateTime(new TimeOnly(9, 0))));

        Assert.Equal(Preparation, await s.OpenTaskTypesAsync());
        var calendar = Factory.Services.GetRequiredService<IWorkingDayCalendar>();
        var expected = DateOnly.ParseExact(expectedDue, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.True(calendar.IsWorkingDay(expected));
        foreach (var type in Preparation)
        {
            Assert.Equal(OrganisationTime.EndOfDay(expected), (await s.OpenTaskAsync(type)).GetProperty("dueAt").GetDateTimeOffset());
        }
    }

    [Fact]
    public async Task A_legal_remedy_whose_last_day_follows_the_Easter_holidays_is_due_four_working_days_before_it()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("court-proceedings", asUser: LawyerSteps.Lawyer);
        await s.CompleteAsync("register-proceeding", data: new { court = "Higher Court (fictional)", caseNumber = "K 21/27", clientRole = "injured party", kind = "criminal", organisedCrime = false });
        var today = OrganisationTime.Today(Factory.Clock);
        await s.RaiseSystemEventAsync("HearingScheduled", new { date = Iso(today.AddDays(5)) });
        foreach (var type in Preparation)
        {
            await s.CompleteAsync(type);
        }

        await s.AdvanceAsync(TimeSpan.FromDays(7));
        await s.CompleteAsync("record-hearing", "DecisionServed");
        // Served 16 April 2027: 15 days end on Saturday 1 May (Labour Day), so the last day is Wednesday 5 May.
        await s.CompleteAsync("decision-served", data: new { servedOn = "2027-04-16", kind = "criminal-judgment" });

        var remedy = await s.OpenTaskAsync("legal-remedy");
        Assert.Equal($"Legal remedy due 2027-05-05 ({s.Code})", remedy.GetProperty("title").GetString());
        // Four working days back from Wednesday 5 May skip the freed Tuesday, Easter Monday, the weekend and Good Friday.
        Assert.Equal(OrganisationTime.EndOfDay(new DateOnly(2027, 4, 26)), remedy.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_due_in_calendar_days_is_a_warning_that_does_not_block_validation()
    {
        var coordinator = await Factory.ClientForAsync(LawyerSteps.Coordinator);
        var definition = JsonDocument.Parse("""
            { "schemaVersion": 1, "definitionId": "calendar-days", "name": "Calendar days",
              "activities": [ { "id": "start", "type": "flow.start" },
                { "id": "call", "type": "task.human", "inputs": { "taskType": "call", "title": "Call", "role": "CaseManager", "due": "P7D" } },
                { "id": "end", "type": "flow.end" } ],
              "connections": [ { "from": "start", "to": "call" }, { "from": "call", "to": "end" } ] }
            """).RootElement;

        var response = await coordinator.PostAsJsonAsync("/api/definitions/validate", definition);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("valid").GetBoolean());
        Assert.Equal(0, body.GetProperty("problems").GetArrayLength());
        var warning = Assert.Single(body.GetProperty("warnings").EnumerateArray());
        Assert.Equal("call", warning.GetProperty("activityId").GetString());
        Assert.Equal("due", warning.GetProperty("input").GetString());
        Assert.Contains("non-working day", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hard_deadline_shows_the_working_days_left_on_the_same_calendar()
    {
        var (_, _, proceedingId) = await LawyerSteps.OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(LawyerSteps.Lawyer);
        var today = OrganisationTime.Today(Factory.Clock);

        var response = await lawyer.PostAsJsonAsync($"/api/proceedings/{proceedingId}/deadlines", new { kind = "criminal-appeal", servedOn = today });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var deadline = await response.Content.ReadFromJsonAsync<JsonElement>();
        var dueOn = DateOnly.ParseExact(deadline.GetProperty("dueOn").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var calendar = Factory.Services.GetRequiredService<IWorkingDayCalendar>();
        var expected = Enumerable.Range(0, dueOn.DayNumber - today.DayNumber + 1).Count(i => calendar.IsWorkingDay(today.AddDays(i)));
        // Fifteen calendar days always hold a weekend, so fewer working days are left than calendar days.
        Assert.InRange(expected, 1, 15);
        Assert.Equal(expected, deadline.GetProperty("workingDaysLeft").GetInt32());
        var listed = Assert.Single((await lawyer.GetFromJsonAsync<JsonElement>("/api/deadlines")).EnumerateArray(), d => d.GetProperty("id").GetGuid() == deadline.GetProperty("id").GetGuid());
        Assert.Equal(expected, listed.GetProperty("workingDaysLeft").GetInt32());
    }

    private async Task<Guid> OpenProceedingAsync(Scenario s)
    {
        var coordinator = await Factory.ClientForAsync(LawyerSteps.Coordinator);
        var proceeding = await coordinator.PostAsJsonAsync($"/api/cases/{s.CaseId}/proceedings", new
        {
            kind = "criminal",
            court = "Higher Court (fictional)",
            clientRole = "injuredParty",
            leadLawyerId = await LawyerSteps.UserIdAsync(Factory, LawyerSteps.Lawyer),
            lawyerIds = Array.Empty<Guid>(),
        });
        Assert.Equal(HttpStatusCode.Created, proceeding.StatusCode);
        return (await proceeding.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
