namespace Astra.Workflows.Modules.Legal.Storage;

/// <summary>A recorded move or dismissal of a deadline, with who approved it and why (hard deadlines need a coordinator).</summary>
public sealed class LegalDeadlineChangeEntity
{
    public Guid Id { get; set; }

    public Guid DeadlineId { get; set; }

    public Guid CaseId { get; set; }

    /// <summary><c>moved</c> or <c>dismissed</c>.</summary>
    public string Change { get; set; } = string.Empty;

    public DateOnly FromDueOn { get; set; }

    public DateOnly? ToDueOn { get; set; }

    public string Reason { get; set; } = string.Empty;

    public Guid ApprovedBy { get; set; }

    public DateTimeOffset At { get; set; }
}
