using Astra.Workflows.Modules.Platform.Scheduling;
using Hangfire.Common;

namespace Astra.Workflows.Modules.Definitions.Timers;

/// <summary>Workflow timers as due rows (ADR 0004): the job's only argument is the bookmark id.</summary>
internal sealed class TimerDueRows() : DueRowTableSource<string>(Table)
{
    public static readonly DueRowTable Table = new("timers", "bookmark_id", "due_at");

    protected override Job FireJob(string key) => Job.FromExpression<TimerJob>(job => job.FireAsync(key, CancellationToken.None));
}
