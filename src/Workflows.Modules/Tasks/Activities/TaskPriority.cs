namespace Astra.Workflows.Modules.Tasks.Activities;

/// <summary>Task priorities. Stored as their rank so queues can sort on a column; shown by name.</summary>
public static class TaskPriority
{
    public const string Low = "low";
    public const string Normal = "normal";
    public const string High = "high";
    public const string Urgent = "urgent";

    public static IReadOnlyList<string> All { get; } = [Low, Normal, High, Urgent];

    public static bool TryRank(string? name, out short rank)
    {
        var index = name is null ? -1 : All.ToList().IndexOf(name.Trim().ToLowerInvariant());
        rank = (short)Math.Max(index, 0);
        return index >= 0;
    }

    public static short Rank(string name) => TryRank(name, out var rank) ? rank : throw new ArgumentException($"Unknown priority '{name}'.", nameof(name));

    public static string Name(short rank) => All[Math.Clamp((int)rank, 0, All.Count - 1)];

    /// <summary>One step up, never past urgent: what an escalation at due does.</summary>
    public static short Raise(short rank) => (short)Math.Min(rank + 1, All.Count - 1);
}
