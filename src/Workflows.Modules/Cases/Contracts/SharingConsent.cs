using Astra.Workflows.Modules.Cases.Consent;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Cases.Contracts;

/// <summary>
/// Consent to share a case's data with an outside party, for modules that send something out (referrals). The
/// purpose follows the kind of recipient; the latest giving or withdrawal decides, as everywhere in Cases.
/// </summary>
public static class SharingConsent
{
    private static readonly Dictionary<string, string> PurposeByRecipientKind = new(StringComparer.Ordinal)
    {
        ["clinic"] = ConsentPurposes.SharingHealth,
        ["forensic"] = ConsentPurposes.SharingForensic,
        ["socialWork"] = ConsentPurposes.SharingSocialWork,
        ["police"] = ConsentPurposes.SharingPolice,
        ["prosecutor"] = ConsentPurposes.SharingJudiciary,
        ["court"] = ConsentPurposes.SharingJudiciary,
        ["shelter"] = ConsentPurposes.SharingShelter,
        ["stateCentre"] = ConsentPurposes.SharingStateCentre,
        ["iom"] = ConsentPurposes.SharingIom,
        ["embassy"] = ConsentPurposes.SharingEmbassy,
        ["ngo"] = ConsentPurposes.SharingNgo,
        ["employment"] = ConsentPurposes.SharingEmployment,
        ["education"] = ConsentPurposes.SharingEducation,
        ["other"] = ConsentPurposes.SharingOther,
    };

    /// <summary>The recipient kinds a purpose is defined for.</summary>
    public static IReadOnlyCollection<string> RecipientKinds => PurposeByRecipientKind.Keys;

    /// <summary>The consent purpose for sharing with a recipient of <paramref name="recipientKind"/>; unknown kinds are "other".</summary>
    public static string PurposeFor(string recipientKind) =>
        PurposeByRecipientKind.TryGetValue(recipientKind, out var purpose) ? purpose : ConsentPurposes.SharingOther;

    /// <summary>Whether consent for <paramref name="purpose"/> currently stands. Reads through the given context's filter.</summary>
    public static async Task<bool> IsGivenAsync(WorkflowsDbContext db, Guid caseId, string purpose, CancellationToken cancellationToken) =>
        (await new ConsentChecker(db).CheckAsync(caseId, purpose, cancellationToken)).Given;
}
