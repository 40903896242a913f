using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.Lawyers.LawyerSteps;

namespace Astra.Workflows.IntegrationTests.Lawyers;

public sealed class HearingNonWorkingDayTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_hearing_on_a_Sunday_is_refused_naming_startsAt_unless_confirmed_and_then_marked()
    {
        var (_, _, proceedingId) = await OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var sunday = Iso(LocalAt(Next(DayOfWeek.Sunday), 10));

        var refused = await lawyer.PostAsJsonAsync($"/api/proceedings/{proceedingId}/hearings", new { startsAt = sunday, kind = "mainTrial" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("nonWorkingDay").GetBoolean());
        var message = Assert.Single(problem.GetProperty("errors").GetProperty("startsAt").EnumerateArray()).GetString();
        Assert.Contains("Sunday", message, StringComparison.Ordinal);
        Assert.Equal(0, await StoredHearingsAsync(proceedingId));

        var confirmed = await lawyer.PostAsJsonAsync($"/api/proceedings/{proceedingId}/hearings", new { startsAt = sunday, kind = "mainTrial", confirmNonWorkingDay = true });
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        var hearing = await confirmed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(hearing.GetProperty("nonWorkingDay").GetBoolean());
        Assert.Equal("Sunday", hearing.GetProperty("nonWorkingReason").GetString());
        Assert.Equal(1, await StoredHearingsAsync(proceedingId));

        // The hearings list (agenda, month calendar) carries the same mark.
        var listed = Assert.Single((await lawyer.GetFromJsonAsync<JsonElement>("/api/hearings?mine=true")).EnumerateArray(), h => h.GetProperty("id").GetGuid() == hearing.GetProperty("id").GetGuid());
        Assert.True(listed.GetProperty("nonWorkingDay").GetBoolean());
        Assert.Equal("Sunday", listed.GetProperty("nonWorkingReason").GetString());
    }

    [Fact]
    public async Task A_hearing_on_a_working_day_needs_no_confirmation_and_is_not_marked()
    {
        var (_, _, proceedingId) = await OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(Lawyer);

        var response = await lawyer.PostAsJsonAsync($"/api/proceedings/{proceedingId}/hearings", new { startsAt = Iso(LocalAt(NextWorkingDay(), 9)), kind = "mainTrial" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(created.GetProperty("nonWorkingDay").GetBoolean());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("nonWorkingReason").ValueKind);
        var listed = Assert.Single((await lawyer.GetFromJsonAsync<JsonElement>("/api/hearings?mine=true")).EnumerateArray(), h => h.GetProperty("id").GetGuid() == created.GetProperty("id").GetGuid());
        Assert.False(listed.GetProperty("nonWorkingDay").GetBoolean());
    }

    [Fact]
    public async Task Moving_a_hearing_onto_a_public_holiday_asks_for_confirmation_and_editing_it_there_does_not()
    {
        var (_, _, proceedingId) = await OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var id = (await ScheduleAsync(lawyer, proceedingId, LocalAt(NextWorkingDay(), 9))).GetProperty("id").GetGuid();
        // Orthodox Easter Monday of the coming year: always a holiday, and a Monday, so only the holiday explains it.
        var easterMonday = Iso(LocalAt(Astra.Workflows.Engine.Calendar.OrthodoxEaster.For(Today().Year + 1).AddDays(1), 9));

        var refused = await lawyer.PutAsJsonAsync($"/api/hearings/{id}", new { startsAt = easterMonday, kind = "mainTrial", room = "5" });
        var message = Assert.Single((await ErrorsAsync(refused)).GetProperty("startsAt").EnumerateArray()).GetString();
        Assert.Contains("Orthodox Easter Monday", message, StringComparison.Ordinal);
        var unchanged = await lawyer.GetFromJsonAsync<JsonElement>($"/api/hearings/{id}");
        Assert.Equal(1, unchanged.GetProperty("revision").GetInt32());
        Assert.False(unchanged.GetProperty("nonWorkingDay").GetBoolean());

        var moved = await lawyer.PutAsJsonAsync($"/api/hearings/{id}", new { startsAt = easterMonday, kind = "mainTrial", room = "5", confirmNonWorkingDay = true });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.True((await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("nonWorkingDay").GetBoolean());

        var edited = await lawyer.PutAsJsonAsync($"/api/hearings/{id}", new { startsAt = easterMonday, kind = "mainTrial", room = "6" });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.True((await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("nonWorkingDay").GetBoolean());
    }

    private DateOnly Today() => OrganisationTime.Today(Factory.Clock);

    private DateOnly Next(DayOfWeek day)
    {
        var date = Today().AddDays(7);
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private DateOnly NextWorkingDay() => Factory.Services.GetRequiredService<IWorkingDayCalendar>().AddWorkingDays(Today().AddDays(7), 0);

    private static DateTimeOffset LocalAt(DateOnly day, int hour) => OrganisationTime.FromLocal(day.ToDateTime(new TimeOnly(hour, 0)));

    private async Task<int> StoredHearingsAsync(Guid proceedingId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Hearings.CountAsync(h => h.ProceedingId == proceedingId);
    }
}
