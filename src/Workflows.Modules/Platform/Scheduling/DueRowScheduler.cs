using Astra.Workflows.Modules.Platform.Database;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Platform.Scheduling;

/// <summary>
/// Hands one source's due rows to Hangfire: claim, enqueue, note the job ids. The claim's lease is the one place a lost
/// job is made good: a row whose claim is older than the lease is claimed and dispatched again, whatever became of its job.
/// </summary>
public sealed class DueRowScheduler(
    IDbContextFactory<WorkflowsDbContext> contexts,
    IBackgroundJobClient jobs,
    TimeProvider time,
    IOptions<SchedulerOptions> options)
{
    /// <summary>One pass over the source; returns the number of rows claimed (a full batch means more are due).</summary>
    public async Task<int> DispatchAsync(IDueRowSource source, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var batch = await source.ClaimAsync(db, Claim(time.GetUtcNow(), settings), cancellationToken);
        if (batch.Jobs.Count == 0)
        {
            return batch.Claimed;
        }

        var jobIds = new List<string>(batch.Jobs.Count);
        foreach (var job in batch.Jobs)
        {
            jobIds.Add(jobs.Create(job.Job, new EnqueuedState(job.Queue)));
        }

        await source.RecordJobsAsync(db, batch, jobIds, cancellationToken);
        return batch.Claimed;
    }

    private static DueClaim Claim(DateTimeOffset now, SchedulerOptions settings)
    {
        // Whole milliseconds: a lease doubles as a claim token, which must survive PostgreSQL (microseconds) and Hangfire's JSON.
        var lease = now + settings.Lease;
        lease = lease.AddTicks(-(lease.Ticks % TimeSpan.TicksPerMillisecond));
        return new DueClaim(now, now - settings.Lease, lease, settings.Batch);
    }
}
