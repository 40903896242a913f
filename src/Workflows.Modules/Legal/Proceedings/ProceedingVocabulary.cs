namespace Astra.Workflows.Modules.Legal.Proceedings;

/// <summary>Values are part of the API contract and stored as written.</summary>
internal static class ProceedingVocabulary
{
    public static readonly IReadOnlyList<string> Kinds = ["criminal", "civil", "misdemeanour", "administrative"];

    public static readonly IReadOnlyList<string> ClientRoles = ["injuredParty", "subsidiaryProsecutor", "plaintiff", "witness"];

    public static readonly IReadOnlyList<string> HearingKinds = ["preliminary", "mainTrial", "closing", "pronouncement", "other"];
}
