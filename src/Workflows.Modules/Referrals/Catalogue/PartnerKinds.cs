namespace Astra.Workflows.Modules.Referrals.Catalogue;

/// <summary>Kinds of partner organisation; the spellings are stored and part of the API.</summary>
public static class PartnerKinds
{
    public const string Clinic = "clinic";
    public const string Forensic = "forensic";
    public const string SocialWork = "socialWork";
    public const string Police = "police";
    public const string StateCentre = "stateCentre";
    public const string Iom = "iom";

    public static readonly IReadOnlyList<string> All =
        [Clinic, Forensic, SocialWork, Police, "prosecutor", "court", "shelter", StateCentre, Iom, "embassy", "ngo", "employment", "education", "other"];
}

/// <summary>The small vocabularies of referrals.</summary>
public static class ReferralVocabulary
{
    public static readonly IReadOnlyList<string> Urgencies = ["routine", "urgent", "emergency"];

    public static readonly IReadOnlyList<string> Answers = ["accepted", "declined"];

    public static readonly IReadOnlyList<string> Outcomes = ["served", "noShow", "notServed"];

    /// <summary>Reasons a partner may give for declining, from a short list (no free text reaches ASTRA from outside).</summary>
    public static readonly IReadOnlyList<string> DeclineReasons = ["noCapacity", "notOurService", "outsideArea", "needsMoreInformation", "other"];

    /// <summary>The languages the partner page and e-mail come in.</summary>
    public static readonly IReadOnlyList<string> PageLanguages = ["en", "sr-Latn", "sr-Cyrl"];
}
