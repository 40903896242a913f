namespace Astra.Workflows.Modules.Tasks.Contracts;

public static class TaskStatuses
{
    public const string Open = "open";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
}
