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

/// <summary>Steps shared by the outbox tests: a mail to send, a job that cannot reach its SMTP server, the row.</summary>
internal static class OutboxSteps
{
    /// <summary>A coordinator assigns a fresh task to the case manager; returns the outbox row of the mail it wrote.</summary>
    public static async Task<Guid> AssignAsync(AstraApiFactory factory)
    {
        var client = await factory.ClientForAsync(CaseManager);
        await StartAssessmentAsync(factory, client);
        var id = (await SingleAvailableAsync(client)).GetProperty("id").GetGuid();
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        var assigned = await PostAsync(await factory.ClientForAsync(Coordinator), id, "assign", new { userId = me.GetProperty("id").GetGuid() });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Equal(id, Assert.Single(Items(await QueueAsync(client, "queue=mine"))).GetProperty("id").GetGuid());
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Outbox.Select(o => o.Id).SingleAsync();
    }

    /// <summary>The real mail job, pointed at a loopback port nobody listens on.</summary>
    public static OutboxMailJob JobAgainstDeadServer(AstraApiFactory factory)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var sender = new MailKitMailSender(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = port }));
        return new OutboxMailJob(
            factory.Services.GetRequiredService<IDbContextFactory<WorkflowsDbContext>>(),
            sender,
            factory.Services.GetRequiredService<Astra.Workflows.Modules.Platform.Scheduling.SchedulerNode>(),
            factory.Clock,
            factory.Services.GetRequiredService<IOptions<NotificationOptions>>(),
            NullLogger<OutboxMailJob>.Instance);
    }

    public static async Task<OutboxEntity> RowAsync(AstraApiFactory factory, Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Outbox.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    public static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(await condition());
    }
}
