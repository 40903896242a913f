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

/// <summary>
/// One pass's claim. A row claimed before <see cref="ClaimStale"/> whose job never reached Hangfire is free again (the
/// claiming node died); so is one claimed before <see cref="JobStale"/> whatever its job (the job was lost). A source
/// whose lease is a time on the row writes <see cref="LeaseUntil"/> (whole milliseconds, so it survives PostgreSQL
/// and Hangfire's JSON as a token).
/// </summary>
public sealed record DueClaim(DateTimeOffset Now, DateTimeOffset ClaimStale, DateTimeOffset JobStale, DateTimeOffset LeaseUntil, int Limit);

/// <summary>What a claim took: the number of rows and the jobs that fire them.</summary>
public record DueBatch(int Claimed, IReadOnlyList<DueJob> Jobs);

/// <summary>A Hangfire job whose arguments are row ids only, and the queue it runs on (ADR 0020).</summary>
public sealed record DueJob(global::Hangfire.Common.Job Job, string Queue);
