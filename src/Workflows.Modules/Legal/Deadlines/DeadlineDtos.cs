namespace Astra.Workflows.Modules.Legal.Deadlines;

public sealed record DeadlineKindResponse(string Key, string Label, int Days, bool Hard);

public sealed record UpdateDeadlineKindRequest(string? Label, int? Days, bool? Hard);

public sealed record CreateDeadlineRequest(string? Kind, DateOnly? ServedOn);

public sealed record DeadlineResponse(Guid Id, string Kind, DateOnly ServedOn, DateOnly DueOn, bool Hard, string Status, Guid ProceedingId, string CaseCode)
{
    /// <summary>Open deadlines only: ASTRA's working days from today to <see cref="DueOn"/>, both counted (0 when passed).</summary>
    public int? WorkingDaysLeft { get; init; }
}
