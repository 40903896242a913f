namespace Astra.Workflows.Modules.Legal.Hearings;

internal static class LegalAlertKinds
{
    public const string MorningOf = "hearing-morning";
    public const string DeadlineD3 = "deadline-d3";
    public const string DeadlineD1 = "deadline-d1";
    public const string DeadlineMissed = "deadline-missed";

    public static string HearingDays(int days) => $"hearing-{days}d";

    public static bool IsHearing(string kind) => kind.StartsWith("hearing-", StringComparison.Ordinal);
}
