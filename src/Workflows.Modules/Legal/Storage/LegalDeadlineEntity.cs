namespace Astra.Workflows.Modules.Legal.Storage;

/// <summary>A deadline computed from the day a decision was served; kind's days and hardness are copied so later edits of the kind do not move it.</summary>
public sealed class LegalDeadlineEntity
{
    public Guid Id { get; set; }

    public Guid ProceedingId { get; set; }

    public Guid CaseId { get; set; }

    public string Kind { get; set; } = string.Empty;

    public DateOnly ServedOn { get; set; }

    public DateOnly DueOn { get; set; }

    public bool Hard { get; set; }

    public string Status { get; set; } = LegalStatuses.Open;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public Guid? CompletedBy { get; set; }
}
