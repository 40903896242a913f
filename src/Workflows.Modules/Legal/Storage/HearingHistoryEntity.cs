namespace Astra.Workflows.Modules.Legal.Storage;

/// <summary>One change of a hearing (scheduled, rescheduled, edited, cancelled) with the values it left behind.</summary>
public sealed class HearingHistoryEntity
{
    public Guid Id { get; set; }

    public Guid HearingId { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>The hearing revision this change produced; orders the history when several changes share a timestamp.</summary>
    public int Revision { get; set; }

    public string Change { get; set; } = string.Empty;

    public DateTimeOffset StartsAt { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string? Room { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? By { get; set; }
}
