namespace Astra.Workflows.Modules.Referrals.Partners;

public sealed record PartnerRequest(
    string? Name,
    string? Kind,
    string? City,
    IReadOnlyList<string>? Services,
    string? Email,
    string? Phone,
    IReadOnlyList<string>? Languages,
    bool? AnswersOnline,
    bool? Active);

public sealed record PartnerResponse(
    Guid Id,
    string Name,
    string Kind,
    string City,
    IReadOnlyList<string> Services,
    string? Email,
    string? Phone,
    IReadOnlyList<string> Languages,
    bool AnswersOnline,
    bool Active,
    bool Demo);
