namespace Astra.Workflows.Modules.Legal.Storage;

public static class LegalStatuses
{
    public const string Open = "open";
    public const string Scheduled = "scheduled";
    public const string Cancelled = "cancelled";
    public const string Completed = "completed";
    public const string Missed = "missed";
    public const string Dismissed = "dismissed";
}
