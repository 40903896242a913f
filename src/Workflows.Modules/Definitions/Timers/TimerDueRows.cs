using Astra.Workflows.Modules.Platform.Scheduling;
using Hangfire.Common;

namespace Astra.Workflows.Modules.Definitions.Timers;

/// <summary>Workflow timers as due rows (ADR 0004): the job's arguments are the bookmark id and the claim's token.</summary>
internal sealed class TimerDueRows() : DueRowTableSource<string>(Table)
{
    public static readonly DueRowTable Table = new("timers", "bookmark_id", "due_at");

    protected override Job FireJob(string key, DateTimeOffset claim) => Job.FromExpression<TimerJob>(job => job.FireAsync(key, claim, CancellationToken.None));
}
