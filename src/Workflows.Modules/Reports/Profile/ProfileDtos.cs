namespace Astra.Workflows.Modules.Reports.Profile;

/// <summary>
/// Formal identification: <paramref name="Status"/> potential|formallyIdentified; <paramref name="On"/> and
/// <paramref name="By"/> (stateCentre|socialWork) only, and then both, when formally identified.
/// </summary>
public sealed record IdentificationDto(string? Status, DateOnly? On, string? By);

/// <summary>
/// The coded case profile. sex: female|male|other|unknown; ageGroup at identification: 0-13|14-17|18-24|25-34|35-49|50+|unknown;
/// citizenship: ISO 3166-1 alpha-2 or null (unknown); exploitation: any of sexual|labour|begging|criminality|forcedMarriage|
/// domesticServitude|organRemoval|other; place: internal|international|both or null; referralSource: police|socialWork|
/// stateCentre|ngo|selfReferral|family|hotline|other or null.
/// </summary>
public sealed record CaseProfileDto(
    string? Sex,
    string? AgeGroup,
    string? Citizenship,
    IReadOnlyList<string>? Exploitation,
    string? Place,
    IdentificationDto? Identification,
    string? ReferralSource);
