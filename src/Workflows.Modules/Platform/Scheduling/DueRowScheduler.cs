using Astra.Workflows.Modules.Platform.Database;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Platform.Scheduling;

/// <summary>
/// Hands one source's due rows to Hangfire: claim for this node, enqueue the batch, note the job ids. The claim's lease is
/// the one place lost work is made good: rows held by a node silent for <see cref="SchedulerOptions.Lease"/> (killed,
/// cut off) are claimed again, rows whose job never settled them after <see cref="SchedulerOptions.JobLease"/> (ADR 0031).
/// </summary>
public sealed class DueRowScheduler(
    IDbContextFactory<WorkflowsDbContext> contexts,
    IBackgroundJobClient jobs,
    SchedulerNode node,
    TimeProvider time,
    IOptions<SchedulerOptions> options)
{
    /// <summary>One pass over the source; returns the number of rows claimed (a full batch means more are due).</summary>
    public async Task<int> DispatchAsync(IDueRowSource source, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var batch = await source.ClaimAsync(db, Claim(time.GetUtcNow(), settings, node.Id), cancellationToken);
        if (batch.Jobs.Count == 0)
        {
            return batch.Claimed;
        }

        // The whole batch at once, not one job after another: each enqueue is a few round trips to Hangfire's storage,
        // and one at a time fell behind when thousands of rows fell due together (issue 14).
        var jobIds = new string[batch.Jobs.Count];
        await Parallel.ForAsync(
            0,
            batch.Jobs.Count,
            new ParallelOptions { MaxDegreeOfParallelism = settings.EnqueueParallelism, CancellationToken = cancellationToken },
            (i, _) =>
            {
                jobIds[i] = jobs.Create(batch.Jobs[i].Job, new EnqueuedState(batch.Jobs[i].Queue));
                return ValueTask.CompletedTask;
            });

        await source.RecordJobsAsync(db, batch, jobIds, cancellationToken);
        return batch.Claimed;
    }

    private static DueClaim Claim(DateTimeOffset now, SchedulerOptions settings, Guid node)
    {
        // Whole milliseconds: the claim time and the lease are tokens, which must survive PostgreSQL (microseconds) and Hangfire's JSON.
        now = WholeMilliseconds(now);
        return new DueClaim(now, now - settings.Lease, now - settings.JobLease, WholeMilliseconds(now + settings.JobLease), settings.Batch, node);
    }

    private static DateTimeOffset WholeMilliseconds(DateTimeOffset t) => t.AddTicks(-(t.Ticks % TimeSpan.TicksPerMillisecond));
}
