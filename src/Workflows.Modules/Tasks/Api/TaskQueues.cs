namespace Astra.Workflows.Modules.Tasks.Api;

internal static class TaskQueues
{
    public const string Mine = "mine";
    public const string Available = "available";
    public const string Overdue = "overdue";
    public const string DueSoon = "dueSoon";
    public const string All = "all";

    public static IReadOnlyList<string> Names { get; } = [Mine, Available, Overdue, DueSoon, All];
}
