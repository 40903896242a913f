namespace Astra.Workflows.Modules.Cases.Documents;

/// <summary>What a document is to the case; the web app names each in the user's language.</summary>
public static class DocumentKinds
{
    public const string PowerOfAttorney = "powerOfAttorney";
    public const string CourtDecision = "courtDecision";
    public const string MedicalFinding = "medicalFinding";
    public const string IdentityDocument = "identityDocument";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [PowerOfAttorney, CourtDecision, MedicalFinding, IdentityDocument, Other];
}
