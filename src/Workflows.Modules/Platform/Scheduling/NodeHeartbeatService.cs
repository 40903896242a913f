using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Astra.Workflows.Modules.Platform.Scheduling;

/// <summary>
/// Renews this node's lease on every row it holds, with one write per <see cref="SchedulerOptions.Heartbeat"/>: a row's
/// lease is its holder's last heartbeat plus <see cref="SchedulerOptions.Lease"/> (ADR 0031). It runs on every node that
/// runs jobs, also where the scheduler loop is off, because a job adopts its rows for the node it runs on.
/// </summary>
internal sealed partial class NodeHeartbeatService(
    IDbContextFactory<WorkflowsDbContext> contexts,
    SchedulerNode node,
    TimeProvider time,
    IOptions<SchedulerOptions> options,
    ILogger<NodeHeartbeatService> logger) : BackgroundService
{
    // Nodes silent this long hold nothing any more (their rows lapsed long ago); their rows are only forgotten.
    private static readonly TimeSpan Forget = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var started = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await BeatAsync(started, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database is away (a restart): the next beat renews; rows lapse only after the whole lease.
                LogBeatFailed(logger, e.GetType().Name);
            }

            try
            {
                await Task.Delay(options.Value.Heartbeat, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    internal async Task BeatAsync(DateTimeOffset started, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO astra.scheduler_nodes (node_id, name, started_at, heartbeat_at) VALUES (@id, @name, @started, @now)
            ON CONFLICT (node_id) DO UPDATE SET heartbeat_at = GREATEST(astra.scheduler_nodes.heartbeat_at, EXCLUDED.heartbeat_at);
            DELETE FROM astra.scheduler_nodes WHERE heartbeat_at < @forget;
            """,
            [
                new NpgsqlParameter("id", node.Id),
                new NpgsqlParameter("name", node.Name),
                new NpgsqlParameter("started", started),
                new NpgsqlParameter("now", now),
                new NpgsqlParameter("forget", now - Forget),
            ],
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduler node heartbeat failed ({Error}); retrying on the next beat")]
    private static partial void LogBeatFailed(ILogger logger, string error);
}
