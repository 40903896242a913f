using Astra.Workflows.Modules.Platform.Scheduling;
using Hangfire.Common;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Definitions.Timers;

/// <summary>
/// Workflow timers as due rows (ADR 0004): a job's arguments are bookmark ids and the claim's token, up to
/// <see cref="SchedulerOptions.TimersPerJob"/> timers per job (ADR 0031).
/// </summary>
internal sealed class TimerDueRows(IOptions<SchedulerOptions> options) : DueRowTableSource<string>(Table)
{
    public static readonly DueRowTable Table = new("timers", "bookmark_id", "due_at");

    protected override int RowsPerJob => options.Value.TimersPerJob;

    protected override Job FireJob(string key, DateTimeOffset claim) => Job.FromExpression<TimerJob>(job => job.FireAsync(key, claim, CancellationToken.None));

    protected override Job FireJobs(string[] keys, DateTimeOffset claim) => Job.FromExpression<TimerJob>(job => job.FireAllAsync(keys, claim, CancellationToken.None));
}
