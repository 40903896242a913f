using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Modules.Referrals.Activities;

/// <summary>
/// What <c>referral.send</c> asks for; written by the module in the transaction that creates the activity's bookmark.
/// Either <see cref="PartnerId"/> or <see cref="PartnerKind"/> (and optionally <see cref="City"/>) names the partner.
/// </summary>
public sealed record ReferralRequested(
    Guid ReferralId,
    Guid InstanceId,
    string ActivityId,
    Guid CaseId,
    string CaseCode,
    Guid? PartnerId,
    string? PartnerKind,
    string? City,
    IReadOnlyList<string> Services,
    string Urgency,
    DateTimeOffset? RespondBy,
    string Reason,
    string? InterpreterLanguage,
    Guid? ContactUserId,
    string? OverrideReason,
    DateTimeOffset CreatedAt) : ActivitySideEffect(InstanceId, ActivityId);
