namespace Astra.Workflows.FaultSuite.Scenario;

/// <summary>One timer the suite plans: its group (which fault it measures) and when it is due.</summary>
internal sealed class PlannedTimer(string group, DateTimeOffset due)
{
    public const string Load = "load";
    public const string Sentinel = "sentinel";
    public const string Burst = "burst";
    public const string Restart = "restart";

    public string Group { get; } = group;

    public DateTimeOffset Due { get; } = due;

    /// <summary>The instance carrying the timer (set once it is created) and the branch (<c>w0</c>…) that waits for it.</summary>
    public PlannedInstance Instance { get; set; } = null!;

    public string Activity { get; set; } = string.Empty;

    public (Guid, string) Key => (Instance.Id, Activity);

    public int Fired { get; set; }

    public DateTimeOffset? FiredAt { get; set; }

    public TimeSpan? Lag => FiredAt - Due;
}

/// <summary>One instance of the timer definition: its timers, one per branch; branches left over wait until 2100.</summary>
internal sealed class PlannedInstance
{
    public static readonly DateTimeOffset Never = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public List<PlannedTimer> Timers { get; } = [];

    public Guid Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset FirstDue => Timers.Min(t => t.Due);

    public string[] Dues() => [.. Enumerable.Range(0, Definitions.Branches).Select(i =>
        (i < Timers.Count ? Timers[i].Due : Never).ToString("O", System.Globalization.CultureInfo.InvariantCulture))];
}
