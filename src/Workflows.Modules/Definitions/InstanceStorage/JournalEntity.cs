namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

public sealed class JournalEntity
{
    public Guid InstanceId { get; set; }

    public long Sequence { get; set; }

    public Guid? CaseId { get; set; }

    public DateTimeOffset At { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string? ActivityId { get; set; }

    public string? ActivityType { get; set; }

    public string Actor { get; set; } = string.Empty;

    public string? Outcome { get; set; }

    public string? Message { get; set; }
}
