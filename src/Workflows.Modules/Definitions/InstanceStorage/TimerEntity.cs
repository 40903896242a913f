namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>
/// The source of truth for a timer, written in the burst's transaction. Hangfire only executes it: the
/// dispatcher claims due rows (<see cref="DispatchedAt"/>, <see cref="JobId"/>) and enqueues a job; a claim
/// that never led to a firing (a crash, a lost job) is dispatched again after a grace period.
/// </summary>
public sealed class TimerEntity
{
    public string BookmarkId { get; set; } = string.Empty;

    public Guid InstanceId { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public string? JobId { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }

    /// <summary>The node holding the claim (ADR 0031): its heartbeat keeps the row; once it falls silent the row is free again.</summary>
    public Guid? ClaimedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
