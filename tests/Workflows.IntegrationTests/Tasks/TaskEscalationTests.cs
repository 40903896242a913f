using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Tasks.Escalations;
using Astra.Workflows.Modules.Notifications.Outbox;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Tasks;

public sealed class TaskEscalationTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_task_due_in_two_working_days_from_a_Thursday_before_a_holiday_escalates_at_due_to_the_coordinator_in_app_and_by_email_raises_priority_and_completing_stops_the_rest()
    {
        // Created at 10:00 on the next Thursday before a holiday Friday (31 Dec 2026 as this is written).
        var calendar = Factory.Services.GetRequiredService<IWorkingDayCalendar>();
        var thursday = NextThursdayBeforeAHoliday(calendar);
        Factory.Clock.Advance(OrganisationTime.FromLocal(thursday.ToDateTime(new TimeOnly(10, 0))) - Factory.Clock.GetUtcNow());
        var client = await Factory.ClientForAsync(CaseManager);
        var (code, _) = await StartAssessmentAsync(Factory, client);
        var task = await SingleAvailableAsync(client);
        var id = task.GetProperty("id").GetGuid();
        var due = task.GetProperty("dueAt").GetDateTimeOffset();
        var dueDay = calendar.AddWorkingDays(thursday, 2);
        Assert.Equal(OrganisationTime.EndOfDay(dueDay), due);
        Assert.True(dueDay.DayNumber - thursday.DayNumber >= 5, $"Two working days from {thursday} should pass the holiday, got {dueDay}.");

        Factory.Clock.Advance(due - Factory.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        var mail = await DispatchUntilMailAsync(Coordinator);

        Assert.Contains(code, mail.Subject, StringComparison.Ordinal);
        // The kind's fixed label, never the rendered title (ADR 0019).
        Assert.Contains("Task: Needs assessment\n", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"Needs assessment for {code}", mail.Subject + mail.Text, StringComparison.Ordinal);
        Assert.Contains($"http://localhost:5080/tasks/{id:D}", mail.Text, StringComparison.Ordinal);
        Assert.Contains("(Belgrade)", mail.Text, StringComparison.Ordinal);
        foreach (var secret in new[] { "Petrović", "HIV", "Jelena" })
        {
            Assert.DoesNotContain(secret, mail.Subject + mail.Text + mail.Html, StringComparison.OrdinalIgnoreCase);
        }

        // The 80 % reminder went to those who could take the unassigned task.
        await Factory.Smtp.WaitForMessageToAsync(CaseManager, TimeSpan.FromSeconds(10));
        client = await Factory.ClientForAsync(CaseManager);
        var escalated = await GetAsync(client, id);
        Assert.Equal("high", escalated.GetProperty("priority").GetString());
        Assert.Equal(2, escalated.GetProperty("escalationLevel").GetInt32());
        var history = escalated.GetProperty("escalations").EnumerateArray().ToList();
        Assert.Equal([1, 2], history.Select(e => e.GetProperty("level").GetInt32()));
        Assert.Contains("notify:Coordinator", history[1].GetProperty("action").GetString(), StringComparison.Ordinal);
        Assert.Contains("raise-priority:high", history[1].GetProperty("action").GetString(), StringComparison.Ordinal);

        var coordinator = await Factory.ClientForAsync(Coordinator);
        var notifications = await coordinator.GetFromJsonAsync<JsonElement>("/api/notifications");
        var notification = Assert.Single(notifications.EnumerateArray());
        Assert.Equal("task-overdue", notification.GetProperty("kind").GetString());
        Assert.Equal(id, notification.GetProperty("taskId").GetGuid());
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsync($"/api/notifications/{notification.GetProperty("id").GetGuid()}/read", null)).StatusCode);
        Assert.Empty((await coordinator.GetFromJsonAsync<JsonElement>("/api/notifications?unread=true")).EnumerateArray());

        var revision = escalated.GetProperty("revision").GetInt32();
        var completed = await CompleteAsync(client, id, new { outcome = "Declined", data = new { court = "Niš" }, revision });
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(0, await PendingEscalationsAsync(id));

        // The director's step (one working day overdue) was cancelled with the task.
        Factory.Clock.Advance(TimeSpan.FromDays(5));
        await Factory.Services.GetRequiredService<EscalationDispatcher>().DispatchDueAsync(CancellationToken.None);
        await Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.DoesNotContain(await Factory.Smtp.MessagesAsync(), m => m.To.Any(a => a.Address == Director));
        var outbox = await (await Factory.ClientForAsync("admin@astra.local")).GetFromJsonAsync<JsonElement>("/api/admin/outbox?status=sent");
        Assert.True(outbox.GetArrayLength() >= 3);
    }

    private DateOnly NextThursdayBeforeAHoliday(IWorkingDayCalendar calendar)
    {
        var day = OrganisationTime.Today(Factory.Clock).AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Thursday || !calendar.IsWorkingDay(day) || calendar.IsWorkingDay(day.AddDays(1)))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private async Task<CaughtMail> DispatchUntilMailAsync(string to)
    {
        var escalations = Factory.Services.GetRequiredService<EscalationDispatcher>();
        var outbox = Factory.Services.GetRequiredService<OutboxDispatcher>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await escalations.DispatchDueAsync(CancellationToken.None);
            await outbox.DispatchDueAsync(CancellationToken.None);
            var match = (await Factory.Smtp.MessagesAsync()).FirstOrDefault(m => m.To.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)));
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No e-mail to {to} within 30 s.");
    }

    private async Task<int> PendingEscalationsAsync(Guid taskId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().TaskEscalationTimers.CountAsync(e => e.TaskId == taskId);
    }
}
