namespace Astra.Workflows.Modules.Cases.Privacy;

/// <summary>
/// One act of giving or withdrawing consent. Rows are only ever added, so the history of what the client agreed
/// to and when stays evidence; the current state is the latest event per purpose.
/// </summary>
public sealed class ConsentEventEntity
{
    /// <summary>Ever increasing, so "latest event" does not depend on clocks that may tie.</summary>
    public long Id { get; set; }

    public Guid CaseId { get; set; }

    public string Purpose { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    /// <summary>When the client gave or withdrew consent, which may be earlier than when staff recorded it.</summary>
    public DateTimeOffset EffectiveAt { get; set; }

    public string? Note { get; set; }

    public Guid? RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

public static class ConsentEventKinds
{
    public const string Given = "given";
    public const string Withdrawn = "withdrawn";
}
