using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Platform.Scheduling;

/// <summary>
/// One module's table of due rows, handed to Hangfire by the one scheduler (ADR 0024). The source owns its SQL and
/// names the job (and queue) that fires each claimed row; that job re-reads the row when it runs, so a late, early
/// or repeated job never applies twice.
/// </summary>
public interface IDueRowSource
{
    /// <summary>Claims at most <see cref="DueClaim.Limit"/> due rows (SKIP LOCKED, so nodes never hand out one row twice at once).</summary>
    Task<DueBatch> ClaimAsync(WorkflowsDbContext db, DueClaim claim, CancellationToken cancellationToken);

    /// <summary>Notes which Hangfire job carries which rows (operators look there); <paramref name="jobIds"/> follow <see cref="DueBatch.Jobs"/>.</summary>
    Task RecordJobsAsync(WorkflowsDbContext db, DueBatch batch, IReadOnlyList<string> jobIds, CancellationToken cancellationToken);
}

/// <summary>A source whose rows live in one <see cref="DueRowTable"/> (the backlog gauges count its due rows).</summary>
public interface IDueRowTableSource
{
    DueRowTable Rows { get; }
}

/// <summary>
/// One pass's claim by <see cref="Node"/> (ADR 0031). A row held by a node whose last heartbeat is before
/// <see cref="ClaimStale"/> is free again (the node died); so is one claimed before <see cref="JobStale"/> whatever its
/// holder (its job never settled it). <see cref="Now"/> is written as the claim's token (whole milliseconds, so it
/// survives PostgreSQL and Hangfire's JSON); a source whose lease is a time on the row writes <see cref="LeaseUntil"/> instead.
/// </summary>
public sealed record DueClaim(DateTimeOffset Now, DateTimeOffset ClaimStale, DateTimeOffset JobStale, DateTimeOffset LeaseUntil, int Limit, Guid Node);

/// <summary>What a claim took: the number of rows and the jobs that fire them.</summary>
public record DueBatch(int Claimed, IReadOnlyList<DueJob> Jobs);

/// <summary>A Hangfire job whose arguments are row ids only, and the queue it runs on (ADR 0020).</summary>
public sealed record DueJob(global::Hangfire.Common.Job Job, string Queue);
