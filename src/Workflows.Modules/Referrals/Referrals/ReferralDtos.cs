using System.Text.Json;

namespace Astra.Workflows.Modules.Referrals.Referrals;

/// <summary><paramref name="RespondWithin"/>: an ISO 8601 duration ("P3D") or { "workingDays": n }; default 2 working days.</summary>
public sealed record SendReferralRequest(
    Guid? PartnerId,
    IReadOnlyList<string>? Services,
    string? Reason,
    string? Urgency,
    JsonElement? RespondWithin,
    string? InterpreterLanguage,
    Guid? ContactUserId,
    string? OverrideReason);

public sealed record IncomingReferralRequest(Guid? PartnerId, DateOnly? ReceivedOn, string? Reason, IReadOnlyList<string>? Services);

public sealed record RecordAnswerRequest(string? Answer, DateTimeOffset? AppointmentAt, string? DeclineReason, string? Note);

public sealed record CompleteReferralRequest(string? Outcome, DateOnly? ServedOn);

public sealed record ReferralResponse(
    Guid Id,
    Guid CaseId,
    string CaseCode,
    string Direction,
    Guid? PartnerId,
    string? PartnerName,
    string? PartnerKind,
    IReadOnlyList<string> Services,
    string Reason,
    string Urgency,
    string? InterpreterLanguage,
    Guid? ContactUserId,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RespondBy,
    string SharingBasis,
    string? ConsentPurpose,
    DateTimeOffset? AnsweredAt,
    string? AnsweredVia,
    DateTimeOffset? AppointmentAt,
    string? DeclineReason,
    string? AnswerNote,
    DateTimeOffset? CompletedAt,
    string? Outcome,
    DateOnly? ServedOn,
    DateOnly? ReceivedOn,
    bool HasLink,
    Guid? InstanceId,
    string? NotSentReason);
