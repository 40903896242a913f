namespace Astra.Workflows.Modules.Referrals.Contracts;

/// <summary>Events the referrals module raises for waiting workflows (reserved: nobody raises them through the API).</summary>
public static class ReferralEventNames
{
    /// <summary>Raised for the case when a referral is completed (served, no-show, not served): <c>event.wait</c> on it.</summary>
    public const string Completed = "referral.completed";

    /// <summary>The answer to one referral, which its <c>referral.send</c> activity waits for.</summary>
    public const string AnswerPrefix = "Referral:";

    public static string Answer(Guid referralId) => $"{AnswerPrefix}{referralId:D}";
}
