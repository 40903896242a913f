using Astra.Workflows.Modules.Notifications.Contracts;
using System.Diagnostics;
using System.Text.Json;
using Astra.Workflows.Modules.Notifications.Api;
using Astra.Workflows.Modules.Tasks.Notices;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Notifications.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Email;

/// <summary>Outbox rows written directly, as the features write them, and waits on their outcome.</summary>
internal static class MailSteps
{
    public static async Task<List<string>> AddPendingMailsAsync(AstraApiFactory factory, int count)
    {
        var now = factory.Clock.GetUtcNow();
        var recipients = Enumerable.Range(1, count).Select(i => $"worker{i}@astra.local").ToList();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        db.Outbox.AddRange(recipients.Select((to, i) => new OutboxEntity
        {
            Id = Guid.NewGuid(),
            Kind = NotificationKinds.Email,
            Payload = JsonSerializer.Serialize(new EmailPayload(to, $"[ASTRA] Test mail {i + 1}", "A task waits for you."), JsonSerializerOptions.Web),
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        }));
        await db.SaveChangesAsync();
        return recipients;
    }

    public static async Task<List<OutboxEntity>> RowsAsync(AstraApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>().Outbox.AsNoTracking().ToListAsync();
    }

    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return await condition();
    }
}
