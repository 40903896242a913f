using Astra.Workflows.Modules.Platform.Hangfire;
using global::Hangfire;

namespace Astra.Workflows.Modules.Platform.Observability;

/// <summary>Jobs enqueued per Hangfire queue and jobs that failed after their retries, from Hangfire's monitoring API.</summary>
public sealed class HangfireBacklog(JobStorage storage)
{
    private static readonly string[] KnownQueues = [HangfireQueues.Default, HangfireQueues.Mail];

    public IReadOnlyList<BacklogCount> Count()
    {
        var monitoring = storage.GetMonitoringApi();
        // Known queues always report (an empty queue is 0, not missing); queue names are constants, never data.
        var queues = KnownQueues.Union(monitoring.Queues().Select(q => q.Name), StringComparer.Ordinal);
        var counts = queues.Select(q => new BacklogCount(BacklogGauges.HangfireQueueLength, q, monitoring.EnqueuedCount(q))).ToList();
        counts.Add(new BacklogCount(BacklogGauges.HangfireFailed, null, monitoring.FailedCount()));
        return counts;
    }
}
