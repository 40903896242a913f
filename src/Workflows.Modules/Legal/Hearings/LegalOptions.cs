namespace Astra.Workflows.Modules.Legal.Hearings;

/// <summary>Alert offsets (<c>Astra:Legal</c>); lists default when unset because the binder appends to initial lists.</summary>
public sealed record LegalOptions
{
    public const string Section = "Astra:Legal";

    /// <summary>Days before a hearing its lawyers are alerted; default 14, 7, 2 and 1.</summary>
    public IReadOnlyList<int>? HearingAlertDays { get; init; }

    /// <summary>Local Belgrade time of the morning-of reminder.</summary>
    public TimeOnly MorningOf { get; init; } = new(8, 0);

    /// <summary>Local Belgrade time hard-deadline escalations go out on D-3 and D-1.</summary>
    public TimeOnly EscalationTime { get; init; } = new(8, 0);

    public IReadOnlyList<int> AlertDays => HearingAlertDays is { Count: > 0 } days ? days : [14, 7, 2, 1];
}
