using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.Lawyers.LawyerSteps;

namespace Astra.Workflows.IntegrationTests.Lawyers;

public sealed class DeadlineTests(AstraApiFactory factory) : ApiTest(factory)
{
    public static TheoryData<string> LastDays => ["saturday", "sunday", "holiday"];

    [Theory]
    [MemberData(nameof(LastDays))]
    public async Task A_criminal_appeal_whose_fifteenth_day_is_not_a_working_day_ends_on_the_next_working_day(string lastDay)
    {
        var calendar = Factory.Services.GetRequiredService<IWorkingDayCalendar>();
        var served = ServedSoThatDay15Is(lastDay, calendar);
        var expected = served.AddDays(15);
        while (expected.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || !calendar.IsWorkingDay(expected))
        {
            expected = expected.AddDays(1);
        }

        var (_, _, proceedingId) = await OpenProceedingAsync(Factory);
        var deadline = await CreateAsync(await Factory.ClientForAsync(Lawyer), proceedingId, "criminal-appeal", served);

        Assert.Equal(served, DateOnly.Parse(deadline.GetProperty("servedOn").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(expected, DateOnly.Parse(deadline.GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture));
        Assert.True(expected > served.AddDays(15));
        Assert.True(deadline.GetProperty("hard").GetBoolean());
        Assert.Equal("open", deadline.GetProperty("status").GetString());
        Assert.Equal("criminal-appeal", deadline.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task An_organised_crime_appeal_counts_thirty_days_and_a_working_fifteenth_day_is_kept()
    {
        var calendar = Factory.Services.GetRequiredService<IWorkingDayCalendar>();
        var today = OrganisationTime.Today(Factory.Clock);
        var served30 = Enumerable.Range(0, 60).Select(i => today.AddDays(-i)).First(d => calendar.IsWorkingDay(d.AddDays(30)));
        var served15 = Enumerable.Range(0, 60).Select(i => today.AddDays(-i)).First(d => calendar.IsWorkingDay(d.AddDays(15)));
        var (_, _, proceedingId) = await OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(Lawyer);

        var organised = await CreateAsync(lawyer, proceedingId, "criminal-appeal-organised-crime", served30);
        var plain = await CreateAsync(lawyer, proceedingId, "criminal-appeal", served15);

        Assert.Equal(served30.AddDays(30), DateOnly.Parse(organised.GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(served15.AddDays(15), DateOnly.Parse(plain.GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture));
        var kinds = await lawyer.GetFromJsonAsync<JsonElement>("/api/legal-deadline-kinds");
        Assert.Equal(6, kinds.GetArrayLength());
        Assert.Equal(30, kinds.EnumerateArray().Single(k => k.GetProperty("key").GetString() == "criminal-appeal-organised-crime").GetProperty("days").GetInt32());
        var unknown = await lawyer.PostAsJsonAsync($"/api/proceedings/{proceedingId}/deadlines", new { kind = "appeal-to-the-moon", servedOn = today });
        Assert.True((await ErrorsAsync(unknown)).TryGetProperty("kind", out _));
    }

    [Fact]
    public async Task Only_admins_edit_deadline_kinds_and_new_deadlines_use_the_edited_days()
    {
        var admin = await Factory.ClientForAsync("admin@astra.local");
        var body = new { labelEn = "Criminal appeal", labelSrLatn = "Žalba u krivičnom postupku", days = 16, hard = true };
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Factory.ClientForAsync(Lawyer)).PutAsJsonAsync("/api/legal-deadline-kinds/criminal-appeal", body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/legal-deadline-kinds/criminal-appeal", body)).StatusCode);
        Assert.True((await ErrorsAsync(await admin.PutAsJsonAsync("/api/legal-deadline-kinds/criminal-appeal", new { labelEn = "x", labelSrLatn = "x", days = 0, hard = true }))).TryGetProperty("days", out _));

        var kinds = await admin.GetFromJsonAsync<JsonElement>("/api/legal-deadline-kinds");
        Assert.Equal(16, kinds.EnumerateArray().Single(k => k.GetProperty("key").GetString() == "criminal-appeal").GetProperty("days").GetInt32());
    }

    [Fact]
    public async Task A_hard_deadline_left_open_reaches_the_coordinator_at_D_minus_3_and_the_director_at_D_minus_1()
    {
        var (_, code, proceedingId) = await OpenProceedingAsync(Factory);
        var today = OrganisationTime.Today(Factory.Clock);
        var deadline = await CreateAsync(await Factory.ClientForAsync(Lawyer), proceedingId, "criminal-appeal", today);
        var due = DateOnly.Parse(deadline.GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture);

        Factory.Clock.Advance(OrganisationTime.FromLocal(due.AddDays(-3).ToDateTime(new TimeOnly(7, 59))) - Factory.Clock.GetUtcNow());
        Assert.Empty(await DispatchForAWhileAsync(Factory));

        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var coordinatorMail = await DispatchUntilMailAsync(Factory, Coordinator);
        await DispatchUntilMailAsync(Factory, Lawyer);
        Assert.Contains(code, coordinatorMail.Subject, StringComparison.Ordinal);
        Assert.Contains("in 3 days", coordinatorMail.Subject, StringComparison.Ordinal);
        Assert.Contains(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), coordinatorMail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(await DispatchForAWhileAsync(Factory), m => m.To.Any(a => a.Address == Director));

        Factory.Clock.Advance(TimeSpan.FromDays(2));
        var directorMail = await DispatchUntilMailAsync(Factory, Director);
        Assert.Contains("tomorrow", directorMail.Subject, StringComparison.Ordinal);
        var list = await (await Factory.ClientForAsync(Lawyer)).GetFromJsonAsync<JsonElement>("/api/deadlines?mine=true");
        Assert.Equal("open", Assert.Single(list.EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_completed_hard_deadline_escalates_to_nobody()
    {
        var (_, _, proceedingId) = await OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var deadline = await CreateAsync(lawyer, proceedingId, "objection-prosecutor-dismissal", OrganisationTime.Today(Factory.Clock));

        var completed = await lawyer.PostAsync($"/api/deadlines/{deadline.GetProperty("id").GetGuid()}/complete", null);

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal("completed", (await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Factory.Clock.Advance(TimeSpan.FromDays(20));
        Assert.Empty(await DispatchForAWhileAsync(Factory));
        Assert.Equal(HttpStatusCode.NotFound, (await (await Factory.ClientForAsync(Lawyer2)).PostAsync($"/api/deadlines/{deadline.GetProperty("id").GetGuid()}/complete", null)).StatusCode);
    }

    [Fact]
    public async Task A_hard_deadline_is_moved_or_dismissed_only_by_a_coordinator_with_a_reason_and_a_moved_one_escalates_from_its_new_day()
    {
        var (_, _, proceedingId) = await OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var today = OrganisationTime.Today(Factory.Clock);
        var deadline = await CreateAsync(lawyer, proceedingId, "criminal-appeal", today);
        var id = deadline.GetProperty("id").GetGuid();
        var due = DateOnly.Parse(deadline.GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture);
        var coordinator = await Factory.ClientForAsync(Coordinator);

        Assert.Equal(HttpStatusCode.Forbidden, (await lawyer.PostAsJsonAsync($"/api/deadlines/{id}/dismiss", new { reason = "Client withdrew" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lawyer.PostAsJsonAsync($"/api/deadlines/{id}/move", new { dueOn = due.AddDays(10), reason = "Court extended" })).StatusCode);
        Assert.True((await ErrorsAsync(await coordinator.PostAsJsonAsync($"/api/deadlines/{id}/move", new { dueOn = due.AddDays(10) }))).TryGetProperty("reason", out _));

        var moved = await coordinator.PostAsJsonAsync($"/api/deadlines/{id}/move", new { dueOn = due.AddDays(10), reason = "Court decision re-served" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(due.AddDays(10), DateOnly.Parse((await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dueOn").GetString()!, CultureInfo.InvariantCulture));

        // The old D-3 passes quietly.
        Factory.Clock.Advance(OrganisationTime.FromLocal(due.AddDays(-3).ToDateTime(new TimeOnly(8, 1))) - Factory.Clock.GetUtcNow());
        Assert.Empty(await DispatchForAWhileAsync(Factory));

        coordinator = await Factory.ClientForAsync(Coordinator);
        var dismissed = await coordinator.PostAsJsonAsync($"/api/deadlines/{id}/dismiss", new { reason = "Proceeding discontinued" });
        Assert.Equal("dismissed", (await dismissed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Factory.Clock.Advance(TimeSpan.FromDays(15));
        Assert.Empty(await DispatchForAWhileAsync(Factory));
    }

    private DateOnly ServedSoThatDay15Is(string lastDay, IWorkingDayCalendar calendar)
    {
        var today = OrganisationTime.Today(Factory.Clock);
        // Served no later than today and within the last year, as the API requires.
        return Enumerable.Range(0, 360).Select(i => today.AddDays(-i)).First(served =>
        {
            var day15 = served.AddDays(15);
            return lastDay switch
            {
                "saturday" => day15.DayOfWeek == DayOfWeek.Saturday,
                "sunday" => day15.DayOfWeek == DayOfWeek.Sunday,
                _ => day15.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !calendar.IsWorkingDay(day15),
            };
        });
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, Guid proceedingId, string kind, DateOnly servedOn)
    {
        var response = await client.PostAsJsonAsync($"/api/proceedings/{proceedingId}/deadlines", new { kind, servedOn });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
