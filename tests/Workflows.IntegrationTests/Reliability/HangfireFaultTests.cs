using System.Reflection;
using Astra.Workflows.Modules.Platform.Hangfire;
using Astra.Workflows.Modules.Notifications.Outbox;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Notifications.Storage;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Server;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Astra.Workflows.IntegrationTests.Email.MailSteps;

namespace Astra.Workflows.IntegrationTests.Reliability;

public sealed class HangfireFaultTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_job_fetched_by_a_node_that_died_is_fetched_again_within_a_minute()
    {
        var recipient = Assert.Single(await AddPendingMailsAsync(Factory, 1));
        var row = Assert.Single(await RowsAsync(Factory));
        // Not due, so no dispatcher sends it: only the orphaned job below can.
        await SetNextAttemptAsync(row.Id, TimeSpan.FromDays(1));
        var jobs = Factory.Services.GetRequiredService<IBackgroundJobClient>();
        var jobId = jobs.Create<OutboxMailJob>(job => job.SendAsync(row.Id, CancellationToken.None), new ScheduledState(TimeSpan.FromDays(1)));
        // What a node leaves behind when it is killed mid-job: the job Processing on its server, the queue row fetched 90 s ago.
        var id = long.Parse(jobId, System.Globalization.CultureInfo.InvariantCulture);
        await ExecuteAsync($"UPDATE hangfire.job SET statename = '{ProcessingState.StateName}' WHERE id = {id}");
        await ExecuteAsync($"INSERT INTO hangfire.jobqueue (jobid, queue, fetchedat) VALUES ({id}, '{HangfireQueues.Mail}', now() - interval '90 seconds')");

        await Factory.Smtp.WaitForMessageToAsync(recipient, TimeSpan.FromSeconds(20));
        Assert.True(await EventuallyAsync(async () => Assert.Single(await RowsAsync(Factory)).Status == OutboxStatus.Sent, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_server_that_stopped_reporting_is_removed_within_a_minute()
    {
        var storage = Factory.Services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        {
            connection.AnnounceServer("dead-node:0001", new ServerContext { Queues = [HangfireQueues.Default], WorkerCount = 1 });
        }

        await ExecuteAsync("UPDATE hangfire.server SET lastheartbeat = now() - interval '70 seconds' WHERE id = 'dead-node:0001'");

        Assert.True(
            await EventuallyAsync(() => Task.FromResult(storage.GetMonitoringApi().Servers().All(s => s.Name != "dead-node:0001")), TimeSpan.FromSeconds(30)),
            "The silent server is still listed.");
    }

    [Fact]
    public void Mail_runs_on_its_own_queue_and_workers_and_the_storage_gives_up_on_dead_nodes_within_a_minute()
    {
        var storage = Assert.IsType<PostgreSqlStorage>(Factory.Services.GetRequiredService<JobStorage>());
        var options = (PostgreSqlStorageOptions)typeof(PostgreSqlStorage).GetProperty("Options", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!.GetValue(storage)!;
        Assert.True(options.UseSlidingInvisibilityTimeout);
        Assert.InRange(options.InvisibilityTimeout, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1));
        Assert.InRange(options.DistributedLockTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        var servers = storage.GetMonitoringApi().Servers().Where(s => !s.Name.StartsWith("dead-node", StringComparison.Ordinal)).ToList();
        Assert.Contains(servers, s => s.Queues.SequenceEqual([HangfireQueues.Mail]) && s.WorkersCount == 2);
        Assert.Contains(servers, s => s.Queues.SequenceEqual([HangfireQueues.Default]));
        Assert.DoesNotContain(servers, s => s.Queues.Contains(HangfireQueues.Mail) && s.Queues.Contains(HangfireQueues.Default));
    }

    private async Task SetNextAttemptAsync(Guid id, TimeSpan fromNow)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var next = Factory.Clock.GetUtcNow() + fromNow;
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ExecuteUpdateAsync(
            db.Outbox.Where(o => o.Id == id), s => s.SetProperty(o => o.NextAttemptAt, next));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
