namespace Astra.Workflows.Modules.Notifications.Storage;

public enum OutboxStatus
{
    Pending,
    Sent,
    DeadLetter,
}

/// <summary>A message written in the same transaction as the change that caused it; delivered after commit.</summary>
public sealed class OutboxEntity
{
    public Guid Id { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string Payload { get; set; } = "{}";

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>The node holding a pending mail's claim (ADR 0031); cleared when an attempt is recorded.</summary>
    public Guid? ClaimedBy { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LastError { get; set; }
}
