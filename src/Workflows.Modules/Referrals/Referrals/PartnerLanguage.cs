using Astra.Workflows.Modules.Referrals.Catalogue;
using Astra.Workflows.Modules.Referrals.Storage;

namespace Astra.Workflows.Modules.Referrals.Referrals;

internal static class PartnerLanguage
{
    /// <summary>The partner's first language we write in; Serbian Latin when it names none of ours.</summary>
    public static string Of(PartnerEntity partner) =>
        partner.Languages.FirstOrDefault(l => ReferralVocabulary.PageLanguages.Contains(l)) ?? "sr-Latn";

    public static string Pick(string language, (string En, string SrLatn, string SrCyrl) texts) => language switch
    {
        "sr-Latn" => texts.SrLatn,
        "sr-Cyrl" => texts.SrCyrl,
        _ => texts.En,
    };
}
