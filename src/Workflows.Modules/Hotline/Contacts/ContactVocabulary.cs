namespace Astra.Workflows.Modules.Hotline.Contacts;

/// <summary>
/// The coded fields' values, spelt as the API and the stored rows spell them (reports depend on it). Close to the
/// helpline practice behind HTCDS: channel, caller type, topic, exploitation, outcome.
/// </summary>
public static class ContactVocabulary
{
    public static IReadOnlyList<string> Channels { get; } = ["phone", "email", "webForm", "messaging", "inPerson", "mobileTeam"];

    public static IReadOnlyList<string> Directions { get; } = ["incoming", "outgoing"];

    public static IReadOnlyList<string> CallerTypes { get; } =
        ["potentialVictim", "familyOrFriend", "jobOfferCheck", "citizen", "institution", "ngo", "anonymous", "other"];

    public static IReadOnlyList<string> Topics { get; } =
        ["jobOfferCheck", "safeMigration", "traffickingIndicators", "missingPerson", "legalQuestion", "psychologicalSupport", "medicalQuestion", "other"];

    public static IReadOnlyList<string> Exploitation { get; } =
        ["sexual", "labour", "begging", "criminality", "forcedMarriage", "domesticServitude", "organRemoval", "other"];

    public static IReadOnlyList<string> MinorInvolved { get; } = ["yes", "no", "unknown"];

    public static IReadOnlyList<string> Outcomes { get; } = ["informationGiven", "referred", "caseOpened", "callBack", "noAction"];

    public static IReadOnlyList<string> Priorities { get; } = ["high", "medium", "low"];

    public const string CallBack = "callBack";
    public const string CaseOpened = "caseOpened";

    /// <summary>A call on the line lasts minutes; more than 8 hours is a typing error, not a call.</summary>
    public const int MaxDurationMinutes = 480;
}
