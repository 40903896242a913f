namespace Astra.Workflows.Modules.Referrals.Activities;

/// <summary>Codes of the problems a referral activity reports about its declaration (see <c>ValidationProblem.Code</c>).</summary>
public static class ReferralValidationCodes
{
    public const string NeedsPartner = "referralNeedsPartner";
}
