using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Scenarios;

public sealed class CourtProceedingsScenarioTests(AstraApiFactory factory) : ApiTest(factory)
{
    private static readonly string[] Preparation = ["arrange-escort", "book-interpreter", "prepare-client", "protective-measures"];

    [Fact]
    public async Task A_rescheduled_hearing_is_prepared_again_and_the_appeal_deadline_from_service_escalates_at_D3_and_D1()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("court-proceedings", asUser: Lawyers.LawyerSteps.Lawyer);
        await s.CompleteAsync("register-proceeding", data: new { court = "Higher Court (fictional)", caseNumber = "K 1/26", clientRole = "injured party", kind = "criminal", organisedCrime = false });

        var today = OrganisationTime.Today(Factory.Clock);
        await s.RaiseSystemEventAsync("HearingScheduled", new { date = Iso(today.AddDays(20)) });
        Assert.Equal(Preparation, await s.OpenTaskTypesAsync());
        var prepare = await s.OpenTaskAsync("prepare-client");
        Assert.Equal("Lawyer", prepare.GetProperty("role").GetString());
        Assert.Equal(s.WorkingDaysBefore(today.AddDays(20), 2), prepare.GetProperty("dueAt").GetDateTimeOffset());
        foreach (var type in Preparation)
        {
            await s.CompleteAsync(type);
        }

        await s.RaiseSystemEventAsync("HearingRescheduled", new { date = Iso(today.AddDays(30)) });
        Assert.Equal(s.WorkingDaysBefore(today.AddDays(30), 2), (await s.OpenTaskAsync("prepare-client")).GetProperty("dueAt").GetDateTimeOffset());
        foreach (var type in Preparation)
        {
            await s.CompleteAsync(type);
        }

        await s.AdvanceToAsync(OrganisationTime.EndOfDay(today.AddDays(31)).AddMinutes(1));
        await s.CompleteAsync("record-hearing", "DecisionServed");
        var servedOn = OrganisationTime.Today(Factory.Clock);
        await s.CompleteAsync("decision-served", data: new { servedOn = Iso(servedOn), kind = "criminal-judgment" });

        var calendar = Factory.Services.GetRequiredService<IWorkingDayCalendar>();
        var deadline = servedOn.AddDays(15);
        while (!calendar.IsWorkingDay(deadline))
        {
            deadline = deadline.AddDays(1);
        }

        var remedy = await s.OpenTaskAsync("legal-remedy");
        var id = remedy.GetProperty("id").GetGuid();
        Assert.Equal($"Legal remedy due {Iso(deadline)} ({s.Code})", remedy.GetProperty("title").GetString());
        Assert.Equal(s.WorkingDaysBefore(deadline, 4), remedy.GetProperty("dueAt").GetDateTimeOffset());

        // At due (4 working days before the last day): the lawyers and the coordinator; two days later: the director.
        await s.AdvanceToAsync(s.WorkingDaysBefore(deadline, 4).AddMinutes(1));
        var escalated = await s.TaskAsync(id);
        Assert.Equal(2, escalated.GetProperty("escalationLevel").GetInt32());
        Assert.Contains("notify:", escalated.GetProperty("escalations")[1].GetProperty("action").GetString(), StringComparison.Ordinal);
        Assert.Contains("Coordinator", escalated.GetProperty("escalations")[1].GetProperty("action").GetString(), StringComparison.Ordinal);
        await s.AdvanceAsync(TimeSpan.FromDays(2));
        escalated = await s.TaskAsync(id);
        Assert.Equal(3, escalated.GetProperty("escalationLevel").GetInt32());
        Assert.Contains("Director", escalated.GetProperty("escalations")[2].GetProperty("action").GetString(), StringComparison.Ordinal);

        await s.CompleteAsync("legal-remedy", "Filed");
        await s.CompleteAsync("proceeding-status", "Ended");
        Assert.Equal("Completed", await s.StatusAsync("court-proceedings"));
    }

    [Fact]
    public async Task A_cancelled_hearing_waits_for_a_new_date_and_a_dismissal_objection_has_eight_days()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("court-proceedings", asUser: Lawyers.LawyerSteps.Lawyer);
        await s.CompleteAsync("register-proceeding", data: new { court = "Basic Court (fictional)", caseNumber = "K 2/26", clientRole = "witness", kind = "criminal" });
        var today = OrganisationTime.Today(Factory.Clock);
        await s.RaiseSystemEventAsync("HearingScheduled", new { date = Iso(today.AddDays(10)) });
        Assert.Equal(Preparation, await s.OpenTaskTypesAsync());

        // The cancellation stops the preparation; nothing happens on the old date.
        await s.RaiseSystemEventAsync("HearingCancelled", new { });
        Assert.Empty(await s.OpenTasksAsync());
        await s.AdvanceAsync(TimeSpan.FromDays(12));
        Assert.Empty(await s.OpenTasksAsync());
        Assert.NotEqual("Completed", await s.StatusAsync("court-proceedings"));

        var servedOn = OrganisationTime.Today(Factory.Clock);
        await s.RaiseSystemEventAsync("HearingScheduled", new { date = Iso(servedOn.AddDays(5)) });
        foreach (var type in Preparation)
        {
            await s.CompleteAsync(type);
        }

        await s.AdvanceAsync(TimeSpan.FromDays(6));
        await s.CompleteAsync("record-hearing", "DecisionServed");
        await s.CompleteAsync("decision-served", data: new { servedOn = Iso(servedOn), kind = "prosecutor-dismissal" });
        var calendar = Factory.Services.GetRequiredService<IWorkingDayCalendar>();
        var deadline = servedOn.AddDays(8);
        while (!calendar.IsWorkingDay(deadline))
        {
            deadline = deadline.AddDays(1);
        }

        Assert.Equal($"Legal remedy due {Iso(deadline)} ({s.Code})", (await s.OpenTaskAsync("legal-remedy")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_hearing_scheduled_through_the_hearings_API_plans_the_preparation_from_its_day_in_Belgrade()
    {
        var s = await Scenario.OpenAsync(Factory);
        await s.StartAsync("court-proceedings", asUser: Lawyers.LawyerSteps.Lawyer);
        await s.CompleteAsync("register-proceeding", data: new { court = "Higher Court (fictional)", caseNumber = "K 3/26", clientRole = "injured party", kind = "criminal" });

        var coordinator = await Factory.ClientForAsync(Lawyers.LawyerSteps.Coordinator);
        var proceeding = await coordinator.PostAsJsonAsync($"/api/cases/{s.CaseId}/proceedings", new
        {
            kind = "criminal",
            court = "Higher Court (fictional)",
            clientRole = "injuredParty",
            leadLawyerId = await Lawyers.LawyerSteps.UserIdAsync(Factory, Lawyers.LawyerSteps.Lawyer),
            lawyerIds = Array.Empty<Guid>(),
        });
        Assert.Equal(HttpStatusCode.Created, proceeding.StatusCode);
        var proceedingId = (await proceeding.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // 00:30 in Belgrade is still the previous day in UTC: the workflow must plan from the Belgrade day.
        var day = OrganisationTime.Today(Factory.Clock).AddDays(20);
        var startsAt = OrganisationTime.FromLocal(day.ToDateTime(new TimeOnly(0, 30)));
        await Lawyers.LawyerSteps.ScheduleAsync(await Factory.ClientForAsync(Lawyers.LawyerSteps.Lawyer), proceedingId, startsAt);

        Assert.Equal(Preparation, await s.OpenTaskTypesAsync());
        var prepare = await s.OpenTaskAsync("prepare-client");
        Assert.Equal(s.WorkingDaysBefore(day, 2), prepare.GetProperty("dueAt").GetDateTimeOffset());
        Assert.DoesNotContain(await s.InstancesAsync(), i => i.Status == "Faulted");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
