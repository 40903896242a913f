namespace Astra.Workflows.Modules.Cases.Privacy;

/// <summary>Purposes a client consents to one by one; the spellings are stored and part of the API.</summary>
public static class ConsentPurposes
{
    public const string Services = "services";
    public const string DataProcessing = "data-processing";
    public const string SharingStateCentre = "sharing-state-centre";
    public const string SharingPolice = "sharing-police";

    public static readonly IReadOnlyList<string> All = [Services, DataProcessing, SharingStateCentre, SharingPolice];
}
