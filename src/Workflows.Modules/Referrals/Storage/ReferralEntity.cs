namespace Astra.Workflows.Modules.Referrals.Storage;

/// <summary>A referral to (outgoing) or from (incoming) a partner, and its partner-facing answer link.</summary>
public sealed class ReferralEntity
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public string CaseCode { get; set; } = string.Empty;

    /// <summary><c>outgoing</c> or <c>incoming</c>.</summary>
    public string Direction { get; set; } = ReferralDirections.Outgoing;

    /// <summary>Null only for a workflow's referral that found no active partner (status <c>notSent</c>).</summary>
    public Guid? PartnerId { get; set; }

    public List<string> Services { get; set; } = [];

    /// <summary>ASTRA's own reason; never shown to the partner.</summary>
    public string Reason { get; set; } = string.Empty;

    public string Urgency { get; set; } = string.Empty;

    public string? InterpreterLanguage { get; set; }

    public Guid? ContactUserId { get; set; }

    public string Status { get; set; } = ReferralStatuses.Sent;

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTimeOffset? RespondBy { get; set; }

    /// <summary><c>consent</c>, <c>override</c> (reason in <see cref="OverrideReason"/>) or <c>none</c> (incoming).</summary>
    public string SharingBasis { get; set; } = string.Empty;

    public string? ConsentPurpose { get; set; }

    public string? OverrideReason { get; set; }

    /// <summary>Why a workflow's referral was not sent: <c>noConsent</c> or <c>noPartner</c>.</summary>
    public string? NotSentReason { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary><c>link</c> (the partner's page) or <c>phone</c> (recorded by the case manager).</summary>
    public string? AnsweredVia { get; set; }

    public DateTimeOffset? AppointmentAt { get; set; }

    public string? DeclineReason { get; set; }

    public string? AnswerNote { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? Outcome { get; set; }

    public DateOnly? ServedOn { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    /// <summary>SHA-256 of the answer link's token; the token itself is only in the partner's e-mail.</summary>
    public string? TokenHash { get; set; }

    public DateTimeOffset? TokenExpiresAt { get; set; }

    public bool TokenRevoked { get; set; }

    /// <summary>The <c>referral.send</c> activity waiting for the answer, if a workflow sent it.</summary>
    public Guid? InstanceId { get; set; }

    public string? ActivityId { get; set; }

    public int Revision { get; set; } = 1;
}

public static class ReferralDirections
{
    public const string Outgoing = "outgoing";
    public const string Incoming = "incoming";
}

public static class ReferralStatuses
{
    public const string Sent = "sent";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
    public const string Expired = "expired";
    public const string Withdrawn = "withdrawn";
    public const string Completed = "completed";

    /// <summary>An incoming referral: received, then completed.</summary>
    public const string Received = "received";

    /// <summary>A workflow's referral held back (no consent, no partner): nothing left ASTRA.</summary>
    public const string NotSent = "notSent";
}
