namespace Astra.Workflows.Persistence.Tasks;

public static class TaskStatuses
{
    public const string Open = "open";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
}
