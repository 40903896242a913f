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

public sealed class OutboxResendTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const string Admin = "admin@astra.local";

    [Fact]
    public async Task A_dead_letter_is_listed_as_dead_and_once_resent_is_delivered_through_real_SMTP()
    {
        var outboxId = await OutboxSteps.AssignAsync(Factory);
        var down = OutboxSteps.JobAgainstDeadServer(Factory);
        var attempts = Factory.Services.GetRequiredService<IOptions<NotificationOptions>>().Value.MaxAttempts;
        for (var i = 0; i < attempts; i++)
        {
            await down.SendAsync(outboxId, CancellationToken.None);
        }

        var admin = await Factory.ClientForAsync(Admin);
        foreach (var status in new[] { "dead", "deadLetter", "DEADLETTER" })
        {
            Assert.Equal(outboxId, Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"/api/admin/outbox?status={status}")).EnumerateArray()).GetProperty("id").GetGuid());
        }

        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>("/api/admin/outbox?status=pending")).EnumerateArray());
        Assert.True((await ErrorsAsync(await admin.GetAsync("/api/admin/outbox?status=1"))).TryGetProperty("status", out _));
        Assert.True((await ErrorsAsync(await admin.GetAsync("/api/admin/outbox?status=lost"))).TryGetProperty("status", out _));

        // A dead letter is never picked up by the dispatcher on its own.
        Factory.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, await Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));

        var resent = await admin.PostAsync($"/api/admin/outbox/{outboxId}/resend", null);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        var entry = await resent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Pending", entry.GetProperty("status").GetString());
        Assert.Equal(0, entry.GetProperty("attempts").GetInt32());
        Assert.Equal(Factory.Clock.GetUtcNow(), entry.GetProperty("nextAttemptAt").GetDateTimeOffset());

        await Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        var mail = await Factory.Smtp.WaitForMessageToAsync(CaseManager, TimeSpan.FromSeconds(20));
        Assert.StartsWith("[ASTRA] Task assigned to you", mail.Subject, StringComparison.Ordinal);
        await OutboxSteps.WaitForAsync(async () => (await OutboxSteps.RowAsync(Factory, outboxId)).Status == OutboxStatus.Sent);
        Assert.Equal(1, (await OutboxSteps.RowAsync(Factory, outboxId)).Attempts);

        var again = await admin.PostAsync($"/api/admin/outbox/{outboxId}/resend", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single(await Factory.Smtp.MessagesAsync());
    }

    [Fact]
    public async Task A_failing_mail_can_be_resent_at_once_but_unknown_ones_are_404_waiting_ones_409_and_only_Admins_may()
    {
        var outboxId = await OutboxSteps.AssignAsync(Factory);
        var admin = await Factory.ClientForAsync(Admin);
        // Waiting for its first attempt: already in line.
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/admin/outbox/{outboxId}/resend", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/admin/outbox/{Guid.NewGuid()}/resend", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Factory.ClientForAsync(Coordinator)).PostAsync($"/api/admin/outbox/{outboxId}/resend", null)).StatusCode);

        Assert.Equal("retry", await OutboxSteps.JobAgainstDeadServer(Factory).SendAsync(outboxId, CancellationToken.None));
        Assert.Equal(outboxId, Assert.Single((await admin.GetFromJsonAsync<JsonElement>("/api/admin/outbox?status=failing")).EnumerateArray()).GetProperty("id").GetGuid());
        // Its backoff has not passed, yet the Admin need not wait for it.
        Assert.Equal(0, await Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/outbox/{outboxId}/resend", null)).StatusCode);
        await Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        await Factory.Smtp.WaitForMessageToAsync(CaseManager, TimeSpan.FromSeconds(20));
    }
}
