namespace Astra.Workflows.Modules.Cases.Privacy;

/// <summary>Purposes a client consents to one by one; the spellings are stored and part of the API.</summary>
public static class ConsentPurposes
{
    public const string Services = "services";
    public const string DataProcessing = "data-processing";
    public const string SharingStateCentre = "sharing-state-centre";
    public const string SharingPolice = "sharing-police";

    // Sharing with each other kind of partner a referral can go to (issue 15): consent is per recipient kind.
    public const string SharingHealth = "sharing-health";
    public const string SharingForensic = "sharing-forensic";
    public const string SharingSocialWork = "sharing-social-work";
    public const string SharingJudiciary = "sharing-judiciary";
    public const string SharingShelter = "sharing-shelter";
    public const string SharingIom = "sharing-iom";
    public const string SharingEmbassy = "sharing-embassy";
    public const string SharingNgo = "sharing-ngo";
    public const string SharingEmployment = "sharing-employment";
    public const string SharingEducation = "sharing-education";
    public const string SharingOther = "sharing-other";

    /// <summary>Every purpose that allows sharing data with an outside party.</summary>
    public static readonly IReadOnlyList<string> Sharing =
    [
        SharingStateCentre, SharingPolice, SharingHealth, SharingForensic, SharingSocialWork, SharingJudiciary, SharingShelter,
        SharingIom, SharingEmbassy, SharingNgo, SharingEmployment, SharingEducation, SharingOther,
    ];

    public static readonly IReadOnlyList<string> All = [Services, DataProcessing, .. Sharing];
}
