namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>
/// How long a burst tries for a locked instance row before the request is answered "busy, retry later".
/// A burst holds the lock for tens of milliseconds; five seconds of retries outlast any normal queue.
/// </summary>
internal static class InstanceLockBackoff
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(200);

    /// <summary>10 ms doubling to 200 ms, with jitter so waiters on several nodes do not retry in step.</summary>
    public static TimeSpan Pause(int attempt)
    {
        var doubled = TimeSpan.FromMilliseconds(10 * Math.Pow(2, Math.Min(attempt, 5)));
        var capped = doubled < Longest ? doubled : Longest;
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }
}
