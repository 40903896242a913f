using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.Lawyers.LawyerSteps;

namespace Astra.Workflows.IntegrationTests.Lawyers;

public sealed class HearingAlertTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_hearing_in_seven_days_and_a_minute_sends_the_seven_day_alert_to_its_lawyer_only_in_app_and_by_email()
    {
        var (_, code, proceedingId) = await OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var hearing = await ScheduleAsync(lawyer, proceedingId, Factory.Clock.GetUtcNow() + TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1), notes: "Jelena Petrović, trafficking victim");
        var id = hearing.GetProperty("id").GetGuid();

        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var mail = await DispatchUntilMailAsync(Factory, Lawyer);
        var all = await DispatchForAWhileAsync(Factory);

        Assert.Contains(code, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("in 7 days", mail.Subject, StringComparison.Ordinal);
        // Which court hears the case is legal detail: the linked page shows it, the e-mail does not (ADR 0019).
        Assert.DoesNotContain("Higher Court", mail.Subject + mail.Text, StringComparison.Ordinal);
        Assert.Contains($"/hearings/{id:D}", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Petrović", mail.Subject + mail.Text + mail.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("victim", mail.Subject + mail.Text + mail.Html, StringComparison.OrdinalIgnoreCase);
        // Only the 7-day alert was due (the 14-day one was already past when the hearing was scheduled), and only to its lawyer.
        var only = Assert.Single(all);
        Assert.Equal([Lawyer], only.To.Select(a => a.Address));
        var notifications = await (await Factory.ClientForAsync(Lawyer)).GetFromJsonAsync<JsonElement>("/api/notifications");
        Assert.Equal("hearing-alert", Assert.Single(notifications.EnumerateArray()).GetProperty("kind").GetString());
        Assert.Empty((await (await Factory.ClientForAsync(Lawyer2)).GetFromJsonAsync<JsonElement>("/api/notifications")).EnumerateArray());
    }

    [Fact]
    public async Task A_rescheduled_hearing_fires_only_its_new_alerts_and_keeps_its_history()
    {
        var (_, _, proceedingId) = await OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var start = Factory.Clock.GetUtcNow();
        var id = (await ScheduleAsync(lawyer, proceedingId, start + TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1))).GetProperty("id").GetGuid();

        var moved = await lawyer.PutAsJsonAsync($"/api/hearings/{id}", new { startsAt = Iso(start + TimeSpan.FromDays(10) + TimeSpan.FromMinutes(1)), kind = "mainTrial", room = "14", confirmNonWorkingDay = true });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var body = await moved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["scheduled", "rescheduled"], body.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("change").GetString()));
        Assert.Equal(2, body.GetProperty("revision").GetInt32());

        // The old 7-day alert would have fired now.
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty(await DispatchForAWhileAsync(Factory));

        // The new one fires three days later.
        Factory.Clock.Advance(TimeSpan.FromDays(3));
        var mail = await DispatchUntilMailAsync(Factory, Lawyer);
        Assert.Contains("in 7 days", mail.Subject, StringComparison.Ordinal);
        Assert.Single(await DispatchForAWhileAsync(Factory));
    }

    [Fact]
    public async Task A_cancelled_hearing_sends_no_alerts_and_its_timers_are_gone()
    {
        var (_, _, proceedingId) = await OpenProceedingAsync(Factory);
        var lawyer = await Factory.ClientForAsync(Lawyer);
        var id = (await ScheduleAsync(lawyer, proceedingId, Factory.Clock.GetUtcNow() + TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1))).GetProperty("id").GetGuid();
        Assert.True(await TimersAsync(id) > 0);

        var cancelled = await lawyer.PostAsync($"/api/hearings/{id}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var body = await cancelled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("cancelled", body.GetProperty("status").GetString());
        Assert.Equal(["scheduled", "cancelled"], body.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("change").GetString()));
        Assert.Equal(0, await TimersAsync(id));
        Factory.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Empty(await DispatchForAWhileAsync(Factory));
        var put = await (await Factory.ClientForAsync(Lawyer)).PutAsJsonAsync($"/api/hearings/{id}", new { startsAt = Iso(Factory.Clock.GetUtcNow().AddDays(3)), kind = "mainTrial", confirmNonWorkingDay = true });
        Assert.Equal(HttpStatusCode.Conflict, put.StatusCode);
    }

    private async Task<int> TimersAsync(Guid hearingId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().LegalAlertTimers.CountAsync(t => t.HearingId == hearingId);
    }
}
