namespace Astra.Workflows.Modules.Referrals.Referrals;

/// <summary>Audit action names of the referrals module; filters and reports depend on their spelling.</summary>
public static class ReferralAudit
{
    public const string Send = "referral.send";
    public const string Read = "referral.read";
    public const string List = "referral.list";
    public const string Withdraw = "referral.withdraw";
    public const string Answer = "referral.answer";
    public const string Complete = "referral.complete";
    public const string Incoming = "referral.incoming";
    public const string LinkView = "referral.link-view";
    public const string LinkAnswer = "referral.link-answer";
    public const string LinkDenied = "referral.link-denied";
    public const string ServiceRecord = "service.record";
    public const string ServiceList = "service.list";
}
