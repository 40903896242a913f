namespace Astra.Workflows.Modules.Reports.Profile;

/// <summary>
/// The coded profile of a case, one row per case, keyed by the case id: codes only, never a name, date of birth or
/// place. <see cref="CountedOn"/> is the day a report counts the person on: the formal identification's date, else
/// the day the case was opened.
/// </summary>
public sealed class CaseProfileEntity
{
    public Guid CaseId { get; set; }

    public string Sex { get; set; } = Contracts.ProfileCodes.Unknown;

    public string AgeGroup { get; set; } = Contracts.ProfileCodes.Unknown;

    /// <summary>ISO 3166-1 alpha-2, or null when unknown.</summary>
    public string? Citizenship { get; set; }

    public List<string> Exploitation { get; set; } = [];

    public string? Place { get; set; }

    public string IdentificationStatus { get; set; } = Contracts.ProfileCodes.Potential;

    public DateOnly? IdentifiedOn { get; set; }

    public string? IdentifiedBy { get; set; }

    public string? ReferralSource { get; set; }

    public DateOnly CaseOpenedOn { get; set; }

    public DateOnly CountedOn { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>"user:{id}" or "workflow:{instance}".</summary>
    public string UpdatedBy { get; set; } = string.Empty;
}
