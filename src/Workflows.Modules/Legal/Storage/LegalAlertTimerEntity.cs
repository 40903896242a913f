namespace Astra.Workflows.Modules.Legal.Storage;

/// <summary>
/// A planned hearing alert or deadline escalation, the source of truth for its Hangfire job (like
/// <c>task_escalation_timers</c>): claimed when due, deleted when fired; re-arming deletes the old rows.
/// </summary>
public sealed class LegalAlertTimerEntity
{
    public Guid Id { get; set; }

    public Guid? HearingId { get; set; }

    public Guid? DeadlineId { get; set; }

    /// <summary>Hearing revision armed for; a row of an older revision is dropped instead of firing.</summary>
    public int Revision { get; set; }

    /// <summary>What the alert says: <c>hearing-14d</c>, <c>hearing-morning</c>, <c>deadline-d3</c>, <c>deadline-d1</c>.</summary>
    public string Kind { get; set; } = string.Empty;

    public DateTimeOffset FireAt { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }

    /// <summary>The node holding the claim (ADR 0031): its heartbeat keeps the row; once it falls silent the row is free again.</summary>
    public Guid? ClaimedBy { get; set; }

    public string? JobId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
