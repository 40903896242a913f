namespace Astra.Workflows.Persistence.Instances;

/// <summary>
/// The source of truth for a timer, written in the burst's transaction. Hangfire only executes it:
/// <see cref="JobId"/> is set once a job was scheduled, and a sweep re-schedules rows that have none.
/// </summary>
public sealed class TimerEntity
{
    public string BookmarkId { get; set; } = string.Empty;

    public Guid InstanceId { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public string? JobId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
