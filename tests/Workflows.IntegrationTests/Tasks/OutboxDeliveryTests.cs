using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Astra.Workflows.Modules.Notifications.Email;
using Astra.Workflows.Modules.Notifications.Outbox;
using Astra.Workflows.Modules.Notifications.Api;
using Astra.Workflows.Modules.Tasks.Notices;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Notifications.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Tasks;

public sealed class OutboxDeliveryTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task While_SMTP_is_down_an_assignment_mail_waits_in_the_outbox_and_goes_out_when_it_is_back()
    {
        var outboxId = await OutboxSteps.AssignAsync(Factory);
        var down = OutboxSteps.JobAgainstDeadServer(Factory);

        Assert.Equal("retry", await down.SendAsync(outboxId, CancellationToken.None));

        var row = await OutboxSteps.RowAsync(Factory, outboxId);
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.LastError);
        Assert.Equal(Factory.Clock.GetUtcNow() + TimeSpan.FromSeconds(30), row.NextAttemptAt);
        Assert.Equal(0, await Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));

        Factory.Clock.Advance(TimeSpan.FromSeconds(31));
        await Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        var mail = await Factory.Smtp.WaitForMessageToAsync(CaseManager, TimeSpan.FromSeconds(20));

        Assert.StartsWith("[ASTRA] Task assigned to you", mail.Subject, StringComparison.Ordinal);
        await OutboxSteps.WaitForAsync(async () => (await OutboxSteps.RowAsync(Factory, outboxId)).Status == OutboxStatus.Sent);
        Assert.Equal(2, (await OutboxSteps.RowAsync(Factory, outboxId)).Attempts);
    }

    [Fact]
    public async Task After_the_last_attempt_a_mail_is_dead_lettered_and_listed_for_Admins()
    {
        var outboxId = await OutboxSteps.AssignAsync(Factory);
        var down = OutboxSteps.JobAgainstDeadServer(Factory);
        var attempts = Factory.Services.GetRequiredService<IOptions<NotificationOptions>>().Value.MaxAttempts;

        for (var i = 1; i < attempts; i++)
        {
            Assert.Equal("retry", await down.SendAsync(outboxId, CancellationToken.None));
        }

        Assert.Equal("dead-letter", await down.SendAsync(outboxId, CancellationToken.None));

        var listed = await (await Factory.ClientForAsync("admin@astra.local")).GetFromJsonAsync<JsonElement>("/api/admin/outbox?status=deadLetter");
        var entry = Assert.Single(listed.EnumerateArray());
        Assert.Equal(outboxId, entry.GetProperty("id").GetGuid());
        Assert.Equal(attempts, entry.GetProperty("attempts").GetInt32());
        Assert.False(entry.TryGetProperty("payload", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Factory.ClientForAsync(Coordinator)).GetAsync("/api/admin/outbox")).StatusCode);
    }
}
