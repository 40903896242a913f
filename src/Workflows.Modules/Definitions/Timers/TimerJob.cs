using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Scheduling;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Definitions.Timers;

/// <summary>
/// Fires one timer. It re-reads the timer row (the job argument is only the bookmark id), does nothing when
/// the bookmark is gone, hands an early firing back to the scheduler, and resumes with an idempotency key
/// so a repeated job never applies twice.
/// </summary>
public sealed partial class TimerJob(
    IDbContextFactory<WorkflowsDbContext> contexts,
    InstanceCoordinator coordinator,
    SchedulerNode node,
    TimeProvider time,
    ILogger<TimerJob> logger)
{
    // Timers of one batch fired at once: enough that a batch takes little longer than its slowest timer, few enough
    // that a node's workers times this stays well inside its connection pool.
    private const int ConcurrentFirings = 4;

    /// <summary>The scheduler's job: fires the timer if the row still carries this claim (a stale re-run of a dead node's job does nothing).</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task<string> FireAsync(string bookmarkId, DateTimeOffset claim, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await DueRows.AdoptAsync(db, TimerDueRows.Table, bookmarkId, claim, node.Id, cancellationToken))
        {
            return "superseded";
        }

        return await FireAsync(db, bookmarkId, cancellationToken);
    }

    /// <summary>
    /// Several timers of one claim, a few at a time (each on its own instance and connection, so the last of the job does
    /// not wait for all the others). One that fails does not keep the others from firing; the job then fails so Hangfire
    /// retries it, and the retry fires only what is left (fired rows are gone).
    /// </summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task<string> FireAllAsync(string[] bookmarkIds, DateTimeOffset claim, CancellationToken cancellationToken)
    {
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<string>();
        var errors = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        await Parallel.ForEachAsync(
            bookmarkIds,
            new ParallelOptions { MaxDegreeOfParallelism = ConcurrentFirings, CancellationToken = cancellationToken },
            async (id, ct) =>
            {
                try
                {
                    outcomes.Add(await FireAsync(id, claim, ct));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    errors.Add(e);
                }
            });

        return errors.IsEmpty
            ? string.Join(", ", outcomes.GroupBy(o => o).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))
            : throw new AggregateException($"{errors.Count} of {bookmarkIds.Length} timers did not fire.", errors);
    }

    /// <summary>Fires regardless of any claim (jobs enqueued before claims had tokens, an operator's retry).</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task<string> FireAsync(string bookmarkId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FireAsync(db, bookmarkId, cancellationToken);
    }

    private async Task<string> FireAsync(WorkflowsDbContext db, string bookmarkId, CancellationToken cancellationToken)
    {
        var timer = await db.Timers.AsNoTracking().FirstOrDefaultAsync(t => t.BookmarkId == bookmarkId, cancellationToken);
        if (timer is null)
        {
            return "gone";
        }

        if (timer.DueAt > time.GetUtcNow())
        {
            // Early (clock skew, an operator's retry): release the claim so the dispatcher sends it again when due.
            await ReleaseAsync(db, bookmarkId, cancellationToken);
            return "early";
        }

        var result = await coordinator.ResumeAsync(timer.InstanceId, bookmarkId, new ResumePayload(null, null), $"timer:{bookmarkId}", "timer", cancellationToken: cancellationToken);
        switch (result.Status)
        {
            case ResumeStatus.Resumed when result.Replayed:
                return "replayed";
            case ResumeStatus.Resumed:
                Platform.Observability.WorkflowMetrics.TimerFired(time.GetUtcNow() - timer.DueAt);
                return "fired";
            case ResumeStatus.NotDue:
                await ReleaseAsync(db, bookmarkId, cancellationToken);
                return "early";
            case ResumeStatus.BookmarkNotFound or ResumeStatus.InstanceNotFound:
                // The branch moved on (cancelled, or an event won a race): the timer has nothing left to do.
                await db.Timers.Where(t => t.BookmarkId == bookmarkId).ExecuteDeleteAsync(cancellationToken);
                return "gone";
            default:
                LogNotResumed(logger, bookmarkId, result.Status);
                throw new InvalidOperationException($"Timer {bookmarkId} could not resume its instance: {result.Status}.");
        }
    }

    private static Task<int> ReleaseAsync(WorkflowsDbContext db, string bookmarkId, CancellationToken cancellationToken) =>
        DueRows.ReleaseAsync(db, TimerDueRows.Table, bookmarkId, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer {BookmarkId} did not resume its instance: {Status}")]
    private static partial void LogNotResumed(ILogger logger, string bookmarkId, ResumeStatus status);
}
