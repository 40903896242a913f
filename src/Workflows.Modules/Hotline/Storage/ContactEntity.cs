namespace Astra.Workflows.Modules.Hotline.Storage;

/// <summary>
/// One hotline contact with coded fields. The caller's number exists only as <see cref="CallerIndex"/> (a keyed
/// hash); the note only sealed under envelope encryption bound to the contact's id.
/// </summary>
public sealed class ContactEntity
{
    public Guid Id { get; set; }

    public string Code { get; set; } = string.Empty;

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public Guid? RecordedBy { get; set; }

    public string Channel { get; set; } = string.Empty;

    public string Direction { get; set; } = string.Empty;

    public string CallerType { get; set; } = string.Empty;

    public string? Language { get; set; }

    public List<string> Topics { get; set; } = [];

    public List<string> Exploitation { get; set; } = [];

    public List<string> Countries { get; set; } = [];

    public string MinorInvolved { get; set; } = string.Empty;

    public bool ImminentDanger { get; set; }

    public int DurationMinutes { get; set; }

    public string Outcome { get; set; } = string.Empty;

    public string? CallerIndex { get; set; }

    public byte[]? NoteCiphertext { get; set; }

    public byte[]? NoteNonce { get; set; }

    public byte[]? NoteTag { get; set; }

    public byte[]? NoteWrappedKey { get; set; }

    public string? NoteMasterKeyId { get; set; }

    /// <summary>The case opened from this contact, or the case an earlier contact of the same caller was linked to.</summary>
    public Guid? CaseId { get; set; }

    /// <summary>Reserved when a case is opened from this contact, so a retried opening starts the same instance, never a twin.</summary>
    public Guid? TriageInstanceId { get; set; }

    public DateTimeOffset? TriageStartedAt { get; set; }

    public DateTimeOffset? CallBackDueAt { get; set; }

    public Guid? CallBackClaimedBy { get; set; }

    public DateTimeOffset? CallBackClaimedAt { get; set; }

    public DateTimeOffset? CallBackDoneAt { get; set; }

    public Guid? CallBackDoneBy { get; set; }

    public int Revision { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public Guid? UpdatedBy { get; set; }
}
