using System.Diagnostics;
using Astra.Workflows.Modules.Notifications.Outbox;
using Astra.Workflows.Modules.Definitions.Timers;
using Astra.Workflows.IntegrationTests.Engine;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Notifications.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.Email.MailSteps;

namespace Astra.Workflows.IntegrationTests.Email;

public sealed class MailIsolationTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string ShortDelay = """
        {
          "schemaVersion": 1, "definitionId": "short-delay", "name": "Delay five seconds",
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "wait", "type": "timer.delay", "inputs": { "duration": "PT5S" } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "end" } ]
        }
        """;

    [Fact]
    public async Task A_hanging_SMTP_server_delays_no_timer_and_every_mail_arrives_once_when_it_answers_again()
    {
        await TestDefinitions.PublishAsync(Factory, ShortDelay);
        var client = await Factory.ClientForAsync("casemanager@astra.local");
        var instanceId = (await ApiSteps.StartAsync(client, "short-delay", null)).GetProperty("id").GetGuid();
        var outbox = Factory.Services.GetRequiredService<OutboxDispatcher>();

        // More mails than the host has Hangfire workers in all: on a shared queue they would hold every one.
        Factory.SmtpGate.Hang();
        var recipients = await AddPendingMailsAsync(Factory, 30);
        Assert.Equal(30, await outbox.DispatchDueAsync(CancellationToken.None));
        Assert.True(await EventuallyAsync(() => Task.FromResult(Factory.SmtpGate.HeldConnections > 0), TimeSpan.FromSeconds(10)), "No mail job reached the hanging server.");
        await Task.Delay(500);

        Factory.Clock.Advance(TimeSpan.FromSeconds(5));
        var lag = Stopwatch.StartNew();
        var timers = Factory.Services.GetRequiredService<TimerDispatcher>();
        var fired = await EventuallyAsync(
            async () =>
            {
                await timers.DispatchDueAsync(CancellationToken.None);
                return await InstanceStatusAsync(instanceId) == "Completed";
            },
            TimeSpan.FromSeconds(3));
        Assert.True(fired, $"The timer had not fired {lag.Elapsed.TotalSeconds:0.0} s after it fell due while {Factory.SmtpGate.HeldConnections} SMTP sessions hung.");

        // The hung sessions time out (Smtp:Timeout); the mails wait in the outbox for their retry.
        Factory.SmtpGate.Forward();
        Assert.True(
            await EventuallyAsync(async () => (await RowsAsync(Factory)).All(r => r.Attempts > 0), TimeSpan.FromSeconds(30)),
            "The hung sessions were not given up.");
        Assert.All(await RowsAsync(Factory), r => Assert.Equal(OutboxStatus.Pending, r.Status));

        Factory.Clock.Advance(TimeSpan.FromSeconds(31));
        var delivered = await EventuallyAsync(
            async () =>
            {
                await outbox.DispatchDueAsync(CancellationToken.None);
                return (await RowsAsync(Factory)).All(r => r.Status == OutboxStatus.Sent);
            },
            TimeSpan.FromSeconds(30));
        Assert.True(delivered, "Not every mail was sent after the server answered again.");

        var caught = await Factory.Smtp.MessagesAsync();
        Assert.Equal(recipients.Order(), caught.SelectMany(m => m.To).Select(a => a.Address).Order());
        Assert.All(await RowsAsync(Factory), r => Assert.Equal(2, r.Attempts));
    }

    [Fact]
    public async Task Several_pending_mails_go_out_through_one_SMTP_session()
    {
        var recipients = await AddPendingMailsAsync(Factory, 10);

        Assert.Equal(10, await Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));

        Assert.True(await EventuallyAsync(async () => (await RowsAsync(Factory)).All(r => r.Status == OutboxStatus.Sent), TimeSpan.FromSeconds(20)));
        var caught = await Factory.Smtp.MessagesAsync();
        Assert.Equal(recipients.Order(), caught.SelectMany(m => m.To).Select(a => a.Address).Order());
        Assert.Equal(1, Factory.SmtpGate.ForwardedSessions);
    }

    [Fact]
    public async Task A_late_job_of_an_expired_claim_neither_sends_nor_reschedules_a_mail_claimed_again()
    {
        var recipient = Assert.Single(await AddPendingMailsAsync(Factory, 1));
        var row = Assert.Single(await RowsAsync(Factory));
        var job = Factory.Services.GetRequiredService<OutboxMailJob>();

        // The claim a lost job carried is no longer the row's: the dispatcher claimed it again since.
        Assert.Equal("done", await job.SendBatchAsync([row.Id], row.NextAttemptAt.AddMinutes(-2), CancellationToken.None));

        Assert.Empty(await Factory.Smtp.MessagesAsync());
        Assert.Equal(0, Assert.Single(await RowsAsync(Factory)).Attempts);
        Assert.Equal("sent 1", await job.SendBatchAsync([row.Id], row.NextAttemptAt, CancellationToken.None));
        await Factory.Smtp.WaitForMessageToAsync(recipient, TimeSpan.FromSeconds(10));
    }

    private async Task<string> InstanceStatusAsync(Guid id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        return await db.Instances.Where(i => i.Id == id).Select(i => i.Status).SingleAsync();
    }
}
