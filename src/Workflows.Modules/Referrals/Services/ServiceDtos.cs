namespace Astra.Workflows.Modules.Referrals.Services;

/// <summary>A service the client received; <paramref name="PartnerId"/> null means ASTRA provided it.</summary>
public sealed record RecordServiceRequest(string? ServiceKey, DateOnly? DeliveredOn, Guid? PartnerId, string? FundingProjectKey, string? Note);

/// <summary>A correction replaces the record whole; <paramref name="Voided"/> withdraws it (recorded by mistake).</summary>
public sealed record CorrectServiceRequest(string? ServiceKey, DateOnly? DeliveredOn, Guid? PartnerId, string? FundingProjectKey, string? Note, bool? Voided);

public sealed record ServiceDeliveredResponse(
    Guid Id,
    Guid CaseId,
    string ServiceKey,
    DateOnly DeliveredOn,
    Guid? PartnerId,
    string? PartnerName,
    string? FundingProjectKey,
    Guid? ReferralId,
    Guid? Supersedes,
    bool Voided,
    string? Note,
    Guid? RecordedBy,
    DateTimeOffset RecordedAt,
    bool Current);
