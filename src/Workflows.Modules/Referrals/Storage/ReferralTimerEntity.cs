namespace Astra.Workflows.Modules.Referrals.Storage;

/// <summary>
/// A planned escalation or the expiry of a referral's respond-within deadline, handed to Hangfire by the scheduler
/// (a due-row table like <c>task_escalation_timers</c>): deleted when fired or when the partner answers.
/// </summary>
public sealed class ReferralTimerEntity
{
    public Guid Id { get; set; }

    public Guid ReferralId { get; set; }

    /// <summary><c>remind</c> (case manager calls the partner), <c>coordinator</c>, or <c>expire</c>.</summary>
    public string Kind { get; set; } = string.Empty;

    public DateTimeOffset FireAt { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }

    /// <summary>The node holding the claim (ADR 0031): its heartbeat keeps the row; once it falls silent the row is free again.</summary>
    public Guid? ClaimedBy { get; set; }

    public string? JobId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

public static class ReferralTimerKinds
{
    public const string Remind = "remind";
    public const string Coordinator = "coordinator";
    public const string Expire = "expire";

    /// <summary>A workflow's referral that could not be sent (no consent, no partner): resumes it on <c>NotSent</c>.</summary>
    public const string NotSent = "not-sent";
}
